import { notifications } from '@mantine/notifications';

export const showError = (error: Error) => notifications.show({ color: 'red', title: '未完成', message: error.message });
export const showDone = (message: string) => notifications.show({ color: 'teal', title: '完成', message });
