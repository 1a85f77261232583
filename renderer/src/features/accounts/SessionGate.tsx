import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SessionInfo } from '@shared/contract/accounts';
import { api, ApiError } from '../../api/client';
import {
  forgetSession,
  onSessionProblem,
  rememberedSessionInfo,
  rememberSession,
  rememberSessionInfo,
  sessionToken,
} from '../../api/session';
import { SessionContext, type SessionControls } from './session-context';
import { ChangePasswordScreen, LockScreen, SetUpScreen, SignInScreen } from './SignInScreens';

type Gate =
  | { screen: 'loading' }
  | { screen: 'setUp' }
  | { screen: 'signIn'; notice: string | null }
  | { screen: 'changePassword'; session: SessionInfo }
  | { screen: 'app'; session: SessionInfo; locked: boolean };

/** What counts as using the window: the idle lock counts from the last of these. */
const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** While the person works without calling the core (reading a page), the session is kept fresh this often. */
const heartbeatMs = 60_000;

const afterSignIn = (session: SessionInfo): Gate =>
  session.account.mustChangePassword
    ? { screen: 'changePassword', session }
    : { screen: 'app', session, locked: false };

/**
 * Nothing of the app is shown, and no call but signing in is made, until someone has signed in:
 * the first start creates the administrator; a temporary password is changed first; an idle
 * window locks over the app and opens again with the same person's password.
 */
export function SessionGate(props: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [gate, setGate] = useState<Gate>({ screen: 'loading' });

  const toSignIn = useCallback(
    (notice: string | null) => {
      forgetSession();
      queryClient.clear();
      setGate({ screen: 'signIn', notice });
    },
    [queryClient],
  );

  // At start (and on reload): the window's session if it still holds, else the sign-in page.
  useEffect(() => {
    let stale = false;
    void (async () => {
      if (sessionToken()) {
        try {
          const session = await api.accounts.session({});
          rememberSessionInfo(session);
          if (!stale) setGate(afterSignIn(session));
          return;
        } catch (error) {
          const remembered = rememberedSessionInfo();
          if (error instanceof ApiError && error.payload.code === 'SESSION_LOCKED' && remembered) {
            if (!stale) setGate({ screen: 'app', session: remembered, locked: true });
            return;
          }
          forgetSession();
        }
      }
      try {
        const { hasAccounts } = await api.accounts.status({});
        if (!stale) setGate(hasAccounts ? { screen: 'signIn', notice: null } : { screen: 'setUp' });
      } catch {
        if (!stale) setGate({ screen: 'signIn', notice: '暂时连不上本机服务，请稍后再试' });
      }
    })();
    return () => {
      stale = true;
    };
  }, []);

  // A call refused for the session, from any screen: signed out elsewhere, locked, a temporary password.
  useEffect(
    () =>
      onSessionProblem((problem) =>
        setGate((current) => {
          if (current.screen !== 'app') return current;
          if (problem === 'SESSION_LOCKED') return { ...current, locked: true };
          if (problem === 'PASSWORD_CHANGE_REQUIRED') return { screen: 'changePassword', session: current.session };
          forgetSession();
          queryClient.clear();
          return { screen: 'signIn', notice: '登录已失效（账号被停用、密码被重置或已在别处退出），请重新登录' };
        }),
      ),
    [queryClient],
  );

  const signedIn = useCallback(
    (token: string, session: SessionInfo) => {
      queryClient.clear();
      rememberSession(token, session);
      setGate(afterSignIn(session));
    },
    [queryClient],
  );
  const signOut = useCallback(() => {
    void api.accounts.signOut({}).catch(() => {});
    toSignIn('已退出登录');
  }, [toSignIn]);
  const lock = useCallback(() => {
    setGate((current) => (current.screen === 'app' ? { ...current, locked: true } : current));
    // The core locks the session too: other windows' refreshes then cannot keep it open.
    void api.accounts.lock({}).catch(() => {});
  }, []);
  const unlocked = useCallback(
    (session: SessionInfo) => {
      rememberSessionInfo(session);
      setGate({ screen: 'app', session, locked: false });
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  useIdleLock(gate.screen === 'app' && !gate.locked ? gate.session.idleMinutes : null, lock);

  const session = gate.screen === 'app' ? gate.session : null;
  const controls = useMemo<SessionControls | null>(
    () =>
      session && {
        session,
        lock,
        signOut,
        refreshed: (next) => {
          rememberSessionInfo(next);
          setGate({ screen: 'app', session: next, locked: false });
        },
      },
    [session, lock, signOut],
  );

  switch (gate.screen) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader aria-label="正在打开" />
        </Center>
      );
    case 'setUp':
      return <SetUpScreen onSignedIn={signedIn} />;
    case 'signIn':
      return <SignInScreen notice={gate.notice} onSignedIn={signedIn} />;
    case 'changePassword':
      return (
        <ChangePasswordScreen
          session={gate.session}
          onChanged={(next) => {
            rememberSessionInfo(next);
            setGate(afterSignIn(next));
          }}
          onSignOut={signOut}
        />
      );
    case 'app':
      return (
        <SessionContext.Provider value={controls}>
          {/* The app stays mounted under the lock, so nothing typed is lost; it is hidden from view and from tabbing. */}
          <div inert={gate.locked} aria-hidden={gate.locked || undefined}>
            {props.children}
          </div>
          {gate.locked && <LockScreen session={gate.session} onUnlocked={unlocked} onSignOut={signOut} />}
        </SessionContext.Provider>
      );
  }
}

/** Locks after `idleMinutes` without a key, a click or a move; keeps the core's session fresh meanwhile. */
function useIdleLock(idleMinutes: number | null, lock: () => void) {
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (idleMinutes === null) return;
    let lastUse = Date.now();
    let lastBeat = lastUse;
    const used = () => {
      lastUse = Date.now();
      if (lastUse - lastBeat > heartbeatMs) {
        lastBeat = lastUse;
        void api.accounts.session({}).catch(() => {});
      }
    };
    for (const name of activity) window.addEventListener(name, used, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastUse >= idleMinutes * 60_000) lockRef.current();
    }, 5_000);
    return () => {
      for (const name of activity) window.removeEventListener(name, used, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMinutes]);
}
