import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Input, Output } from '../../shared/contract';
import type { Actor } from '../../shared/contract/roles';
import type { Clock, Logger } from './context';
import { createCore, type Core } from './create-core';
import { repoMigrationsFolder, repoResourcesFolder } from './db/repo-migrations';

export interface TestCore extends Core {
  databasePath: string;
  folder: string;
  logged: string[];
  /** Closes the core and deletes its folder. */
  dispose(): void;
}

/** A fresh core on a real SQLite file in a temp folder, with the real migrations: one per test. */
export function createTestCore(options: { clock?: Clock } = {}): TestCore {
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-test-'));
  const databasePath = join(folder, 'test.db');
  const logged: string[] = [];
  const logger: Logger = { info: (m) => logged.push(m), error: (m) => logged.push(m) };
  const core = createCore({ databasePath, migrationsFolder: repoMigrationsFolder, resourcesFolder: repoResourcesFolder, appVersion: 'test', logger, ...options });
  return {
    ...core,
    databasePath,
    folder,
    logged,
    dispose() {
      core.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Unwraps a successful dispatch, failing the test with the error payload otherwise. */
export async function call<C extends Channel>(core: Core, channel: C, input: Input<C>, actor?: Actor): Promise<Output<C>> {
  const result = await core.dispatch(channel, input, actor);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}
