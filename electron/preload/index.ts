import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeKey, ipcChannels, type Bridge } from '@shared/contract/infra/bridge';
import type { AppEvent } from '@shared/contract/infra/events';

// Built as one CommonJS file so that the renderer can stay sandboxed. The main process answers
// calls with JSON text, parsed here in the renderer's process so that the main thread never does.
const bridge: Bridge = {
  invoke: async (channel, input, options) =>
    JSON.parse(await ipcRenderer.invoke(ipcChannels.invoke, channel, input, options)),
  cancel: (jobId) => ipcRenderer.invoke(ipcChannels.cancel, jobId),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(ipcChannels.event, forward);
    return () => ipcRenderer.removeListener(ipcChannels.event, forward);
  },
  openFile: (channel) => ipcRenderer.invoke(ipcChannels.openFile, channel),
  printing: {
    listPrinters: () => ipcRenderer.invoke(ipcChannels.listPrinters),
    print: (job) => ipcRenderer.invoke(ipcChannels.print, job),
  },
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
