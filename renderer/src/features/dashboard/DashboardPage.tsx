import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

export function DashboardPage() {
  const profile = useApiQuery(api.settings.getBaseProfile, {});
  const named = Boolean(profile.data?.name);
  return (
    <Stack maw={1000}>
      <Title order={2}>工作台</Title>
      {profile.data && !named && (
        <Alert color="yellow" title="请先填写基地信息">
          基地名称、统一社会信用代码和发证机构会印在花名册和证书上。
          <Anchor component={Link} to="/settings" ml="xs">
            去填写
          </Anchor>
        </Alert>
      )}
      {named && (
        <Card withBorder padding="lg">
          <Text size="lg" fw={600}>
            {profile.data?.name}
          </Text>
          <Text size="sm" c="dimmed">
            {profile.data?.address || '地址未填写'}
          </Text>
        </Card>
      )}
      <Alert color="gray" title="统计尚未开放">
        学员、培训班、鉴定与晋升的统计会在相应模块上线后显示在这里。
      </Alert>
    </Stack>
  );
}
