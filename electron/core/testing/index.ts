import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Input, Output } from '@shared/contract';
import type { SignInOutcome } from '@shared/contract/accounts';
import type { Actor } from '@shared/contract/infra/roles';
import type { Clock, InputFile, Logger } from '../context';
import { createCore, type Core } from '../create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../db/repo-migrations';
import { startCoreHost, type CoreHost } from '../host/core-host';
import type { CallEnvelope } from '../router';

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
  const core = createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'test',
    logger,
    ...options,
  });
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

/** The first administrator of a test host's database. */
export const testAdministrator = { name: '测试管理员', login: 'admin', password: 'Jiangxun-test-2026' };

export interface TestHost extends CoreHost {
  databasePath: string;
  folder: string;
  logged: string[];
  /** The session of the administrator signed in at start: calls without one of their own use it. */
  session: string;
  /** Closes the threads and deletes the folder. */
  dispose(): Promise<void>;
}

/** The core in its threads, as the app and browser mode run it, on a temp database: for host and transport tests. */
export async function startTestHost(options: { folder?: string } = {}): Promise<TestHost> {
  /** A folder given is a previous host's, reopened as the app is after a restart. */
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'jiangxun-host-'));
  const databasePath = join(folder, 'test.db');
  const logged: string[] = [];
  const host = await startCoreHost({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'test',
    logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
  // The threads refuse calls without a session, as behind the window: the test signs in first.
  // A reopened folder has its administrator already: sign in as them instead of setting one up.
  const setUp = options.folder
    ? await host.dispatch('accounts.signIn', { login: testAdministrator.login, password: testAdministrator.password })
    : await host.dispatch('accounts.setUp', testAdministrator);
  if (!setUp.ok || !(setUp.value as SignInOutcome).signedIn)
    throw new Error(`sign-in failed: ${JSON.stringify(setUp)}`);
  const session = (setUp.value as Extract<SignInOutcome, { signedIn: true }>).token;
  // Answered by a reader thread: the short lane is up before the test begins.
  await host.dispatch('system.info', {}, { session });
  return {
    ...host,
    dispatch: (channel, input, call) => host.dispatch(channel, input, { session, ...call }),
    dispatchJson: (channel, input, call) => host.dispatchJson(channel, input, { session, ...call }),
    session,
    databasePath,
    folder,
    logged,
    async dispose() {
      await host.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Writes bytes to a file in the test's folder, as a transport hands a picked file to a call (`job.upload`). */
export function testFile(core: { folder: string }, name: string, bytes: Uint8Array | string): InputFile {
  const path = join(mkdtempSync(join(core.folder, 'file-')), name);
  writeFileSync(path, bytes);
  return { path, name, size: Buffer.byteLength(bytes) };
}

/** Unwraps a successful dispatch, failing the test with the error payload otherwise. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: Input<C>,
  actor?: Actor,
  envelope?: CallEnvelope,
): Promise<Output<C>> {
  const result = await core.dispatch(channel, input, actor, envelope);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as Output<C>;
}
