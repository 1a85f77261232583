import { Alert, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** An area the product will have but this version does not: said plainly, never a mock screen. */
export function NotBuiltYet({ title, planned }: { title: string; planned: string }) {
  return (
    <Stack maw={720}>
      <Title order={2}>{title}</Title>
      <Alert icon={<IconInfoCircle />} color="gray" title="本模块尚未开放">
        {planned}
        <br />
        当前版本还不能使用这部分功能，请暂时沿用原有做法。
      </Alert>
    </Stack>
  );
}
