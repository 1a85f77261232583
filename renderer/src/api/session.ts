import type { SessionInfo } from '@shared/contract/accounts';
import type { ErrorCode } from '@shared/errors';

/**
 * The signed-in session of this window. The token goes with every call (the core takes the caller
 * from it); it lives in sessionStorage, so a reload keeps the person signed in and closing the
 * window (or the tab) forgets it.
 */
const tokenKey = 'jiangxun.session';
/** Who the session is, for the lock screen (the core answers nothing but unlocking while locked). */
const infoKey = 'jiangxun.session-info';

export const sessionProblems = ['SIGNED_OUT', 'SESSION_LOCKED', 'PASSWORD_CHANGE_REQUIRED'] as const;
export type SessionProblem = (typeof sessionProblems)[number];

const listeners = new Set<(problem: SessionProblem) => void>();

export function sessionToken(): string | undefined {
  return sessionStorage.getItem(tokenKey) ?? undefined;
}

export function rememberSession(token: string, info: SessionInfo) {
  sessionStorage.setItem(tokenKey, token);
  rememberSessionInfo(info);
}

export function rememberSessionInfo(info: SessionInfo) {
  sessionStorage.setItem(infoKey, JSON.stringify(info));
}

export function rememberedSessionInfo(): SessionInfo | null {
  const text = sessionStorage.getItem(infoKey);
  return text ? (JSON.parse(text) as SessionInfo) : null;
}

export function forgetSession() {
  sessionStorage.removeItem(tokenKey);
  sessionStorage.removeItem(infoKey);
}

/** A call refused because of the session (signed out, locked, a temporary password): the sign-in gate acts on it. */
export function reportSessionProblem(code: ErrorCode) {
  if ((sessionProblems as readonly string[]).includes(code))
    for (const listener of listeners) listener(code as SessionProblem);
}

export function onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
