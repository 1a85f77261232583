import { Alert, Button, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';

/** A screen that crashed shows this instead of a blank window; the data is safe in the database. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Stack maw={720} p="lg">
      <Alert color="red" title="这个页面出错了">
        页面显示时发生了意外错误，已保存的数据不受影响。可以重新加载页面后再试；如果反复出现，请把出错前的操作告诉技术支持。
      </Alert>
      <Button w={160} onClick={() => window.location.reload()}>
        重新加载
      </Button>
    </Stack>
  );
}
