import { notifications } from '@mantine/notifications';

export const notifyError = (error: Error) => notifications.show({ color: 'red', title: '未完成', message: error.message });
export const notifyDone = (message: string) => notifications.show({ color: 'teal', title: '完成', message });
