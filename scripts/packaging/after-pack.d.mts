import type { FuseV1Config } from '@electron/fuses';

/** Types of after-pack.mjs (electron-builder loads the hook as plain JavaScript). */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName: string; appInfo: { productFilename: string } };
}

export declare const fuses: FuseV1Config;
export declare function electronBinaryOf(context: PackContext): string;
export default function afterPack(context: PackContext): Promise<void>;
