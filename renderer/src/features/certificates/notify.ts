import { notifications } from '@mantine/notifications';

export const fail = (error: unknown) =>
  notifications.show({ color: 'red', title: '未完成', message: error instanceof Error ? error.message : String(error), autoClose: 10_000 });

export const done = (message: string) => notifications.show({ color: 'teal', title: '完成', message });
