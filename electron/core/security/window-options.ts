/**
 * The renderer's web preferences, item by item from Electron's security checklist. The window
 * writes them as literals (electron/main/window.ts) so a scanner sees them; the security test
 * reads that file and checks it says exactly this. Auxclick is off so a middle click on a link
 * never asks for a new window (which setWindowOpenHandler would refuse anyway).
 */
export const requiredWebPreferences = {
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
} as const;

/** The custom scheme the renderer is served from: a real origin for the CSP and the sender check. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://jiangxun`;
