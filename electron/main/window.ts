import { BrowserWindow } from 'electron';

export function createMainWindow(options: { preload: string; url: string; icon: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 680,
    title: '匠训',
    show: false,
    backgroundColor: '#f8f9fa',
    icon: options.icon,
    // Written out as literals so that a reviewer or a static scanner sees them; a test keeps them
    // equal to electron/core/security/window-options.ts, item by item from Electron's checklist.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
