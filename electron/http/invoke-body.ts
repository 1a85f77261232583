import { callOptions } from '@shared/contract/infra/call-options';
import type { CallOptions } from '@shared/contract/infra/bridge';

export type InvokeBody =
  { ok: true; channel: string; input: unknown; options: CallOptions } | { ok: false; message: string };

const allowedKeys = new Set(['channel', 'input', 'options']);

/**
 * The body of POST /api/invoke, checked as strictly as the router checks an input: anything but
 * `{ channel: string, input, options? }` is refused with a Chinese reason (a 400), so nothing a
 * client sends can reach a TypeError.
 */
export function parseInvokeBody(text: string): InvokeBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: '请求内容不是有效的 JSON' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: '请求内容应为 { channel, input } 形式的对象' };
  }
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).filter((key) => !allowedKeys.has(key));
  if (extra.length > 0) return { ok: false, message: `请求含有无法识别的字段：${extra.slice(0, 5).join('、')}` };
  if (typeof fields.channel !== 'string' || fields.channel === '')
    return { ok: false, message: '请求的 channel 应为操作名（文字）' };
  if (fields.channel.length > 100) return { ok: false, message: '请求的 channel 过长，不是已知的操作名' };
  if (!('input' in fields)) return { ok: false, message: '请求缺少 input（没有参数的操作请传 {}）' };
  const options = callOptions.safeParse(fields.options ?? {});
  if (!options.success) return { ok: false, message: `请求的 options 有误：${options.error.issues[0]!.message}` };
  return { ok: true, channel: fields.channel, input: fields.input, options: options.data };
}
