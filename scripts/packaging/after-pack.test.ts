import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import afterPack, { fuses } from './after-pack.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
let folder: string | undefined;
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

it('electron-builder runs the fuse hook and packs the app into an asar', () => {
  const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
  expect(config).toMatch(/^afterPack: \.\/scripts\/packaging\/after-pack\.mjs$/m);
  expect(config).toMatch(/^asar: true$/m);
});

it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on asar integrity and asar-only loading', () => {
  expect(fuses).toMatchObject({
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  });
});

it('flips exactly those fuses in the packaged binary', async () => {
  // A stand-in for Electron's binary: the fuse sentinel, wire version 1, eight fuses as Electron ships them.
  folder = mkdtempSync(join(tmpdir(), 'jiangxun-fuses-'));
  const binary = join(folder, 'jiangxun');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from('ELF…'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([0x01, 8]),
      Buffer.from('10110000'),
      Buffer.from('…'),
    ]),
  );
  await afterPack({
    appOutDir: folder,
    electronPlatformName: 'linux',
    packager: { executableName: 'jiangxun', appInfo: { productFilename: '匠训' } },
  });
  const wire = await getCurrentFuseWire(binary);
  const on = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
  expect(on(FuseV1Options.RunAsNode)).toBe('0');
  expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
  expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
  expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
  expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
  expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
});
