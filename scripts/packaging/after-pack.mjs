/**
 * electron-builder's afterPack hook (electron-builder.yml): sets Electron's fuses in the packaged
 * binary, before it is signed and wrapped in an installer, so that the shipped 匠训 cannot be run
 * as a plain Node.js, told to load other code through NODE_OPTIONS or --inspect, or made to load
 * an app from outside its checked asar. scripts/packaging/after-pack.test.ts flips a fake binary.
 */
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { join } from 'node:path';

/**
 * Every fuse @electron/fuses 1.8 knows, set explicitly (2.x needs Node 22). A fuse a newer
 * Electron adds keeps its default until this list names it.
 */
export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer comes from app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron binary of one target, as electron-builder lays it out. */
export function electronBinaryOf(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  // Flipping fuses breaks a macOS arm64 ad-hoc signature; it is reset so that the app still starts.
  await flipFuses(electronBinaryOf(context), {
    ...fuses,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
}
