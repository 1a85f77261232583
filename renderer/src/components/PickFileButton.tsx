import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { contract, type Channel } from '@shared/contract';
import type { PickedFile } from '@shared/contract/infra/bridge';
import { ApiError, transport } from '../api/client';
import { notifyFailed } from './notify';

/**
 * Picks the file for a channel whose contract has `job.upload`: the native open dialog in the
 * desktop app, the browser's file chooser (then a streamed upload) in browser mode. Either way the
 * file never crosses as base64; the call gets the picked file's id (useJob's `file`).
 */
export function PickFileButton({
  channel,
  onPicked,
  children,
  ...button
}: ButtonProps & { channel: Channel; onPicked: (file: PickedFile) => void; children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  const upload = contract[channel].job?.upload;
  if (!upload) throw new Error(`${channel} takes no file`);
  if (transport.openFile) {
    const open = async () => {
      const file = await transport.openFile!(channel);
      if (file) onPicked(file);
    };
    return (
      <Button {...button} onClick={() => void open()}>
        {children}
      </Button>
    );
  }
  const send = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await transport.upload!(channel, file);
      if (!result.ok) throw new ApiError(result.error);
      onPicked(result.value);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FileButton accept={upload.accept.join(',')} onChange={(file) => void send(file)}>
      {(props) => (
        <Button {...button} {...props} loading={busy}>
          {children}
        </Button>
      )}
    </FileButton>
  );
}
