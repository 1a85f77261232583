import { app, type BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { startCoreHost, type CoreHost } from '../core/host/core-host';
import { isAllowedNavigation } from '../core/security/navigation';
import { appOrigin } from '../core/security/window-options';
import { bindCertificatePrinting } from './certificate-print';
import { bindIpc, forwardEvents } from './ipc';
import { installMenu } from './menu';
import { resolveAppPaths } from './paths';
import { declareAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

// In development electron-vite serves the renderer; in production it comes from app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;

// A separate data folder per run: the end-to-end tests use it, and so can a portable install.
if (process.env.JIANGXUN_USER_DATA_DIR) app.setPath('userData', process.env.JIANGXUN_USER_DATA_DIR);
declareAppScheme();
let host: CoreHost | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenEveryWebContents();
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

async function start() {
  const paths = resolveAppPaths();
  // The core (router, services, database) lives in worker threads; this thread only relays, so the
  // window repaints and its menus open while an export or an import runs.
  try {
    host = await startCoreHost({
      databasePath: paths.databasePath,
      migrationsFolder: paths.migrationsFolder,
      resourcesFolder: paths.resourcesFolder,
      appVersion: app.getVersion(),
      nativeBinding: paths.nativeBinding,
      threadEntry: paths.coreThread,
    });
  } catch (error) {
    return fail(error);
  }
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, decide) => decide(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(paths.rendererDir);
  bindIpc(host, rendererOrigin);
  bindCertificatePrinting(rendererOrigin);
  installMenu(() => mainWindow, app.getVersion());
  mainWindow = createMainWindow({
    preload: paths.preload,
    url: devServerUrl ?? `${appOrigin}/index.html`,
    icon: join(paths.resourcesFolder, 'icon.png'),
  });
  // Once a day, a verified copy of the database beside it (system.backup); a failure is only logged.
  void host.dispatch('system.backup', { reason: 'daily' }, { asSystem: true }).then((result) => {
    if (!result.ok) console.error('每日自动备份未完成', result.error);
  });
  const stopForwarding = forwardEvents(host, mainWindow.webContents);
  mainWindow.on('closed', () => {
    stopForwarding();
    mainWindow = null;
  });
}

/** Navigation, new windows and webviews are refused for every web contents the app ever creates. */
function hardenEveryWebContents() {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: Electron.Event, url: string) => {
      if (!isAllowedNavigation(url, rendererOrigin)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function fail(error: unknown) {
  const message =
    error instanceof AppError ? error.message : `启动失败：${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('匠训无法启动', message);
  app.exit(1);
}

app.on('window-all-closed', () => app.quit());
// The WAL is folded back into the database file on quit, so a copied .db file is complete: the
// quit waits for the threads to close their connections (the writer checkpoints last).
app.on('will-quit', (event) => {
  if (!host) return;
  event.preventDefault();
  const closing = host;
  host = null;
  void closing.close().finally(() => app.quit());
});
