import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeKey, ipcChannels, type Bridge } from '../../shared/contract/bridge';
import type { AppEvent } from '../../shared/contract/events';

// Built as one CommonJS file so that the renderer can stay sandboxed; exposes two functions only.
const bridge: Bridge = {
  invoke: (channel, input) => ipcRenderer.invoke(ipcChannels.invoke, channel, input),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(ipcChannels.event, forward);
    return () => ipcRenderer.removeListener(ipcChannels.event, forward);
  },
  printing: {
    listPrinters: () => ipcRenderer.invoke(ipcChannels.listPrinters),
    print: (job) => ipcRenderer.invoke(ipcChannels.print, job),
  },
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
