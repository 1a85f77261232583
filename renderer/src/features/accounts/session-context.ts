import { createContext, useContext } from 'react';
import type { SessionInfo } from '@shared/contract/accounts';

export interface SessionControls {
  session: SessionInfo;
  /** Locks the screen now (锁屏), as the idle timer does. */
  lock(): void;
  signOut(): void;
  /** After 修改密码: the session as the core now describes it. */
  refreshed(session: SessionInfo): void;
}

export const SessionContext = createContext<SessionControls | null>(null);

/** The signed-in person and the session's actions; only inside the sign-in gate, where someone always is. */
export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (!controls) throw new Error('useSession outside SessionGate');
  return controls;
}
