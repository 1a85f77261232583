import { ipcMain, type WebContents } from 'electron';
import { ipcChannels } from '../../shared/contract/bridge';
import { errorMessages } from '../../shared/errors';
import type { Core } from '../core/create-core';
import { isTrustedSender } from '../core/security/navigation';

/** One handler for every channel: the sender is checked here, everything else in the router. */
export function bindIpc(core: Core, appOrigin: string) {
  ipcMain.handle(ipcChannels.invoke, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const facts = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isTrustedSender(facts, appOrigin)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: errorMessages.FORBIDDEN } };
    }
    return core.dispatch(String(channel), input);
  });
}

export function forwardEvents(core: Core, contents: WebContents): () => void {
  return core.events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event);
  });
}
