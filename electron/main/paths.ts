import { app } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Where the shell finds what it needs, in development (`out/`) and when packaged (`resources/`). */
export function resolveAppPaths() {
  const nativeDir = app.isPackaged
    ? join(process.resourcesPath, 'native')
    : join(app.getAppPath(), 'node_modules', '.cache', 'jiangxun-native', process.arch);
  return {
    databasePath: join(app.getPath('userData'), 'jiangxun.db'),
    migrationsFolder: app.isPackaged
      ? join(process.resourcesPath, 'migrations')
      : join(app.getAppPath(), 'electron', 'core', 'db', 'migrations'),
    resourcesFolder: app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources'),
    nativeBinding: join(nativeDir, 'better_sqlite3.node'),
    rendererDir: join(here, '..', 'renderer'),
    preload: join(here, '..', 'preload', 'index.cjs'),
    /** The core thread's entry, bundled beside this file by electron-vite (electron.vite.config.ts). */
    coreThread: join(here, 'core-thread.js'),
  };
}
