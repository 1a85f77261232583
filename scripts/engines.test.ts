import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The README promises the Node release in package.json's "engines"; `npm ci` warns (EBADENGINE) for
// every installed package that wants a newer one. Read the lock file, which is what `npm ci` installs.
const root = join(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: Record<string, string> | string[]; optional?: boolean }>;
};

describe('the Node release the README promises', () => {
  it('is accepted by every package npm ci installs, so npm ci warns of no engine', () => {
    const oldestPromised = semver.minVersion(packageJson.engines.node);
    expect(oldestPromised).not.toBeNull();
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return wanted && !semver.satisfies(oldestPromised!, wanted) ? [`${path} wants node ${wanted}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
