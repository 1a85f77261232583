import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { InputFile } from '../core/context';

/** How long an uploaded file is kept for the calls that use it (a preview, then the import). */
const uploadLifetimeMs = 60 * 60 * 1000;
/** How long a finished export waits to be downloaded. */
const downloadLifetimeMs = 10 * 60 * 1000;

interface Slot {
  path: string;
  name: string;
  size: number;
  expires: number;
}

export class UploadTooLarge extends Error {}

/**
 * Browser mode's files on disk, in one temp folder removed on close: uploads stream in to be read
 * by a core thread by path, exports are written there by a core thread and stream out once.
 */
export function createFileSlots() {
  const root = mkdtempSync(join(tmpdir(), 'jiangxun-files-'));
  const uploads = new Map<string, Slot>();
  const downloads = new Map<string, Slot>();
  const newId = () => randomBytes(16).toString('hex');

  const sweep = () => {
    const now = Date.now();
    for (const slots of [uploads, downloads]) {
      for (const [id, slot] of slots) {
        if (slot.expires > now) continue;
        rmSync(slots === downloads ? dirname(slot.path) : slot.path, { recursive: true, force: true });
        slots.delete(id);
      }
    }
  };
  const timer = setInterval(sweep, 60_000);
  timer.unref();

  return {
    /** Streams a request body to disk, refusing it once it passes maxBytes. */
    async receive(body: Readable, name: string, maxBytes: number): Promise<PickedFile> {
      const id = newId();
      const path = join(root, `upload-${id}`);
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) body.destroy(new UploadTooLarge());
      });
      try {
        await pipeline(body, createWriteStream(path));
      } catch (error) {
        rmSync(path, { force: true });
        throw error;
      }
      uploads.set(id, { path, name, size, expires: Date.now() + uploadLifetimeMs });
      return { id, name, size };
    },
    uploaded(id: string): InputFile | null {
      const slot = uploads.get(id);
      return slot ? { path: slot.path, name: slot.name, size: slot.size } : null;
    },
    /** A folder of its own for one export, so the file keeps the name the user will see. */
    reserveDownload(name: string): { id: string; path: string } {
      const id = newId();
      const folder = join(root, `download-${id}`);
      mkdirSync(folder);
      return { id, path: join(folder, name) };
    },
    /** The export succeeded: its file may be fetched once. */
    offerDownload(id: string, path: string, name: string) {
      downloads.set(id, { path, name, size: 0, expires: Date.now() + downloadLifetimeMs });
    },
    /** Hands the file over once: later asks find nothing. */
    takeDownload(id: string): { path: string; name: string; discard(): void } | null {
      const slot = downloads.get(id);
      if (!slot) return null;
      downloads.delete(id);
      return {
        path: slot.path,
        name: slot.name,
        discard: () => rmSync(dirname(slot.path), { recursive: true, force: true }),
      };
    },
    discardFolderOf(path: string) {
      rmSync(dirname(path), { recursive: true, force: true });
    },
    close() {
      clearInterval(timer);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type FileSlots = ReturnType<typeof createFileSlots>;
