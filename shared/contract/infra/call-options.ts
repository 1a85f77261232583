import { z } from 'zod';

/** What a transport accepts as a call's CallOptions (bridge.ts), checked in the host before the call. */
export const callOptions = z
  .object({
    jobId: z
      .string()
      .regex(/^[\w-]{1,64}$/, '任务编号应为 1–64 个字母、数字或连字符')
      .optional(),
    fileId: z
      .string()
      .regex(/^[\da-f]{32}$/, '文件编号无效')
      .optional(),
    session: z
      .string()
      .regex(/^[\w-]{20,100}$/, '登录凭据无效，请重新登录')
      .optional(),
    saveAs: z
      .object({ suggestedName: z.string().min(1).max(200, '文件名不能超过 200 个字') })
      .strict()
      .optional(),
  })
  .strict();

/** A file name as the user will see it on disk: no folders, no characters Windows refuses, its extension kept. */
export function safeFileName(suggested: string, extension: string): string {
  const printable = [...suggested].map((char) => (char.charCodeAt(0) < 0x20 ? '_' : char)).join('');
  const base =
    printable
      .replace(/[\\/:*?"<>|]/g, '_')
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, 180) || '导出';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
