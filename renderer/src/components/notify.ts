import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/** Toasts in one voice: what was done, or why it was not (the main process's Chinese message). */
export function notifyDone(message: string, title = '完成') {
  notifications.show({ color: 'teal', title, message });
}

/** One parameter only, so that it can be passed straight as a mutation's onError. */
export function notifyFailed(error: unknown) {
  if (error instanceof ApiError && error.payload.code === 'CANCELLED') {
    notifications.show({ color: 'gray', title: '已取消', message: error.message });
    return;
  }
  if (error instanceof ApiError && error.payload.code === 'BUSY') {
    // Nothing was written and the form is still open with what was typed: the clerk only retries.
    notifications.show({ color: 'orange', title: '数据库正忙，未保存', message: error.message, autoClose: 15_000 });
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  // Failures stay longer: the message says what to fix, and people read it twice.
  notifications.show({ color: 'red', title: '未完成', message, autoClose: 10_000 });
}
