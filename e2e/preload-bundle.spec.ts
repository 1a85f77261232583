import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { bridgeKey, bridgeMembers } from '@shared/contract/infra/bridge';

const bundle = () => readFileSync(join(resolve(import.meta.dirname, '..'), 'out', 'preload', 'index.cjs'), 'utf8');

// A sandboxed preload can load no package but electron: a stray runtime import (say zod, through
// a shared file) would leave the app with no bridge at all, and only on the desktop.
it('the built preload is one CommonJS file that requires electron and nothing else', () => {
  const required = [...bundle().matchAll(/require\((["'])([^"']+)\1\)/g)].map((match) => match[2]);
  expect(required).toEqual(['electron']);
  expect(bundle()).not.toMatch(/^\s*(import|export)\s/m);
});

// The Electron spec (e2e/electron.spec.ts) expects the page to see exactly `bridgeMembers`; it runs
// only where an Electron binary exists, so this runs the built preload against a stand-in electron
// everywhere and fails as soon as the preload and the list part ways.
it('the built preload exposes exactly the bridge members the Electron spec expects, under the bridge key', () => {
  const exposed: Record<string, object> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: object) => (exposed[key] = api) },
    ipcRenderer: { invoke: () => Promise.resolve('{}'), on: () => undefined, removeListener: () => undefined },
  };
  const module = { exports: {} };
  runInNewContext(bundle(), {
    require: (name: string) => (name === 'electron' ? electron : undefined),
    module,
    exports: module.exports,
  });
  expect(Object.keys(exposed)).toEqual([bridgeKey]);
  expect(Object.keys(exposed[bridgeKey]!)).toEqual(bridgeMembers);
});
