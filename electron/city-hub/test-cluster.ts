import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Debian's PostgreSQL 15 (`apt-get install postgresql`; .ci/run installs it). */
export const postgresBin = '/usr/lib/postgresql/15/bin';

export interface TestCluster {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A throwaway PostgreSQL cluster in a temp folder on a free port, for tests and the benchmark:
 * initdb, pg_ctl start, and stop() removes it. initdb refuses root, so as root it runs as `postgres`.
 */
export async function startTestCluster(): Promise<TestCluster> {
  if (!existsSync(join(postgresBin, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (no ${postgresBin}/initdb): apt-get install -y postgresql`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(folder, uid, gid);
  }
  const run = (program: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(postgresBin, program),
      asRoot ? ['-u', 'postgres', '--', join(postgresBin, program), ...args] : args,
      { stdio: 'pipe' },
    );
  const data = join(folder, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(folder, 'log'),
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
