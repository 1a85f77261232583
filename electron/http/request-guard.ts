import { timingSafeEqual } from 'node:crypto';

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  /** Token given in the query string: only for EventSource, which cannot send headers. */
  queryToken?: string | null;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Decides whether a request may reach the API. The Host check stops DNS rebinding (a page on
 * another name that resolves to 127.0.0.1); the Origin check stops other local pages; the token,
 * new at every launch, stops other local programs and users.
 */
export function checkApiRequest(facts: RequestFacts, own: { origin: string; token: string }): GuardVerdict {
  const ownHost = new URL(own.origin).host;
  if (facts.host !== ownHost) return { ok: false, status: 403, reason: '请求的主机名不是本机服务' };
  if (facts.origin !== undefined && facts.origin !== own.origin) {
    return { ok: false, status: 403, reason: '拒绝来自其他网页来源的请求' };
  }
  const presented = bearerToken(facts.authorization) ?? facts.queryToken ?? null;
  if (presented === null || !sameSecret(presented, own.token)) {
    return { ok: false, status: 401, reason: '缺少或错误的访问令牌，请使用启动时打印的地址打开' };
  }
  return { ok: true };
}

/** Static files need no token, but they must still be asked for by this server's own name. */
export function checkStaticRequest(host: string | undefined, own: { origin: string }): boolean {
  return host === new URL(own.origin).host;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return match ? match[1]! : null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
