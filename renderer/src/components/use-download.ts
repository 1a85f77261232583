import { useState } from 'react';
import { downloadBase64 } from './files';
import { notifyFailed } from './notify';

interface FileResult {
  fileName: string;
  base64: string;
}

/**
 * Runs a call that produces a file and saves it: `busy` drives the button, a failure is toasted,
 * and the call's result is returned (null on failure) for whatever the screen says afterwards.
 */
export function useDownload() {
  const [busy, setBusy] = useState(false);
  const download = async <F extends FileResult>(produce: () => Promise<F>, mimeType: string): Promise<F | null> => {
    setBusy(true);
    try {
      const file = await produce();
      downloadBase64(file.fileName, file.base64, mimeType);
      return file;
    } catch (error) {
      notifyFailed(error);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, download };
}
