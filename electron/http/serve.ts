import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoMigrationsFolder, repoResourcesFolder } from '../core/db/repo-migrations';
import { startCoreHost, type CoreHost } from '../core/host/core-host';
import { startBrowserModeServer } from './server';

/**
 * `npm run serve -- --db PATH [--port N]`: browser mode. The first line printed is the address to
 * open, with this launch's token; tests read it to find the port.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join(repoRoot, 'data', 'jiangxun.db') },
    port: { type: 'string', default: '0' },
  },
});

const rendererDir = join(repoRoot, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('找不到界面文件 out/renderer/index.html：请先运行 npm run build');
  process.exit(1);
}

const databasePath = resolve(values.db);
mkdirSync(dirname(databasePath), { recursive: true });
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

// The core runs in its threads (electron/core/host), from the TypeScript sources, exactly as in the app.
let host: CoreHost;
try {
  host = await startCoreHost({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: version,
  });
} catch (error) {
  console.error(`无法打开数据库 ${databasePath}：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const server = await startBrowserModeServer({
  host,
  rendererDir,
  token: randomBytes(24).toString('base64url'),
  port: Number(values.port),
});
console.log(`browser mode: ${server.url}`);
console.log(`数据库：${databasePath}（按 Ctrl+C 停止）`);

const stop = () => {
  void server
    .close()
    .then(() => host.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
