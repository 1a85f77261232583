/** What a password must be: one rule for the first administrator, a change and a reset. */
export const passwordRules = { minLength: 8, maxLength: 128 } as const;

/** The Chinese reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, account: { login: string }): string | null {
  if (password.length < passwordRules.minLength) return `密码至少 ${passwordRules.minLength} 位`;
  if (password.length > passwordRules.maxLength) return `密码不能超过 ${passwordRules.maxLength} 位`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时含有字母和数字';
  if (password.toLowerCase().includes(account.login.toLowerCase())) return '密码不能包含登录名';
  return null;
}

/** A login as typed compares and is stored in lower case: “Zhang.Wei” and “zhang.wei” are one login. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}
