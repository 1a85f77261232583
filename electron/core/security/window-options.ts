/** The renderer's web preferences, item by item from Electron's security checklist. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
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
  } as const;
}

/** The custom scheme the renderer is served from: a real origin for the CSP and the sender check. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://jiangxun`;
