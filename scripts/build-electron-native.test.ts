import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('says in one plain message that Electron is missing and that npm run serve opens the same app, with no compiler trace', () => {
  // Electron's own locator honours this variable: an empty folder is a machine without the program.
  const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
  try {
    const run = spawnSync(process.execPath, ['scripts/build-electron-native.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('没有安装 Electron 程序');
    expect(run.stderr).toContain('npm run build && npm run serve');
    expect(run.stderr).not.toMatch(/gyp|Error:|at /);
    expect(run.stderr.trim().split('\n')).toHaveLength(3);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
