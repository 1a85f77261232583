import { join } from 'node:path';
import { hashPassword, verifyPassword } from '../../electron/core/services/accounts/password-hash';
import { benchCore, p50p95, sample, type BenchSection } from './harness';

const password = 'Jiangxun-bench-2026';

/**
 * Sign-in (issue 14): scrypt at N = 2^17 is meant to be slow, so the figure to watch is the
 * sign-in beside the bare cost of a call of the sign-in page, and a wrong login beside a right one
 * (equal times: the answer must not tell which logins exist).
 */
export const accountsBench: BenchSection = {
  name: '登录',
  async run(context) {
    const core = benchCore(join(context.tempDir(), 'accounts.db'));
    try {
      const setUp = await core.dispatch('accounts.setUp', { name: '测速', login: 'cesu', password }, undefined, {});
      if (!setUp.ok) throw new Error(setUp.error.message);
      const floor = await sample(() => core.dispatch('accounts.status', {}, undefined, {}), 2_000, 100);
      const stored = await hashPassword(password);
      const hashing = await sample(() => hashPassword(password), 10, 1);
      const verifying = await sample(() => verifyPassword(password, stored), 10, 1);
      const signIn = await sample(
        () => core.dispatch('accounts.signIn', { login: 'cesu', password }, undefined, {}),
        10,
        1,
      );
      const unknown = await sample(
        () => core.dispatch('accounts.signIn', { login: 'nobody', password }, undefined, {}),
        10,
        1,
      );
      return [
        { figure: '底线：登录页的一次调用（accounts.status，进程内）', value: p50p95(floor), note: '无密码计算' },
        { figure: 'scrypt 验证一次密码（N=2^17, r=8, p=1）', value: p50p95(verifying), note: '异步，不占界面线程' },
        { figure: 'scrypt 生成一次密码哈希', value: p50p95(hashing), note: '开账号、改密码、重置' },
        { figure: '登录 accounts.signIn（正确密码，含会话与审计）', value: p50p95(signIn) },
        { figure: '登录 accounts.signIn（不存在的登录名）', value: p50p95(unknown), note: '应与正确登录名同样耗时' },
      ];
    } finally {
      core.close();
    }
  },
};
