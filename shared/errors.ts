/** Error codes that cross the contract, each with the Chinese message a user sees by default. */
export const errorMessages = {
  VALIDATION: '输入有误，请检查标出的字段',
  NOT_FOUND: '要找的记录不存在或已删除',
  CONFLICT: '与已有记录冲突',
  FORBIDDEN: '当前账号无权执行此操作',
  UNKNOWN_CHANNEL: '未知的操作',
  UNAUTHORIZED: '未授权的请求',
  SIGNED_OUT: '请先登录',
  SESSION_LOCKED: '长时间未操作，已锁定：请输入密码解锁',
  PASSWORD_CHANGE_REQUIRED: '请先修改临时密码',
  CANCELLED: '操作已取消，没有写入或留下任何内容',
  BUSY: '另一个窗口或程序正在写入数据库，这次没有保存（什么也没写入）；您填写的内容还在，请稍候再点一次保存',
  INTERRUPTED: '后台处理线程意外退出，本次操作未完成；已保存的数据未受影响，程序已自动恢复，可以重试',
  DATABASE_TOO_NEW: '数据库由更新版本的匠训创建，请升级本软件后再打开，数据未做任何改动',
  DATABASE_LOG_MISMATCH:
    '数据库文件旁边的日志文件（-wal、-shm）不是它的，为防止损坏没有打开；请把日志文件放回原来的数据库旁边，或在 设置 → 数据备份 中恢复',
  INTERNAL: '程序内部错误，操作未完成，已保存的数据未受影响',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** One bad value: where it is (field path, optional row and column label) and why, in Chinese. */
export interface FieldIssue {
  field: string;
  message: string;
  row?: number;
  column?: string;
}

export interface ErrorDetails {
  issues?: FieldIssue[];
  [key: string]: unknown;
}

/** The error value that crosses both transports: plain data, JSON-safe. */
export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** Thrown by services; the router turns it into an AppErrorPayload. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): AppErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
