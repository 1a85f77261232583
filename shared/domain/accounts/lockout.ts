/**
 * Sign-in lockout: 5 wrong passwords within 5 minutes lock the account for 15 minutes. The
 * failures and the lock are kept on the account in the database, so quitting the app or
 * restarting the server does not give a guesser a fresh set of tries.
 */
export const lockoutPolicy = { maxFailures: 5, windowMinutes: 5, lockMinutes: 15 } as const;

const minutes = (n: number) => n * 60_000;

export interface LockState {
  /** ISO instants of the wrong passwords still inside the window, oldest first. */
  recentFailures: string[];
  /** ISO instant until which the account refuses every sign-in; null when not locked. */
  lockedUntil: string | null;
}

export function isLocked(state: Pick<LockState, 'lockedUntil'>, now: string): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > Date.parse(now);
}

/** The state after one more wrong password at `now`: failures outside the window are forgotten. */
export function afterFailedSignIn(state: LockState, now: string): LockState {
  const windowStart = Date.parse(now) - minutes(lockoutPolicy.windowMinutes);
  const recentFailures = [...state.recentFailures.filter((at) => Date.parse(at) > windowStart), now];
  if (recentFailures.length >= lockoutPolicy.maxFailures) {
    return {
      recentFailures: [],
      lockedUntil: new Date(Date.parse(now) + minutes(lockoutPolicy.lockMinutes)).toISOString(),
    };
  }
  return { recentFailures, lockedUntil: isLocked(state, now) ? state.lockedUntil : null };
}

/** How many tries are left before the lock, to say so on the sign-in page. */
export function triesLeft(state: LockState): number {
  return Math.max(0, lockoutPolicy.maxFailures - state.recentFailures.length);
}

/** “14 分钟后” style wording of when a lock ends, rounded up to the minute. */
export function minutesUntil(lockedUntil: string, now: string): number {
  return Math.max(1, Math.ceil((Date.parse(lockedUntil) - Date.parse(now)) / 60_000));
}
