import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, rendererSecurityHeaders } from './csp';
import { resolveRendererFile } from './static-files';
import { requiredWebPreferences } from './window-options';

const repoRoot = resolve(import.meta.dirname, '../../..');
const source = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('content security policy', () => {
  const directives = Object.fromEntries(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('allows no remote origin, no eval and no inline script', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(rendererSecurityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });
});

describe('renderer file resolution', () => {
  const root = '/opt/jiangxun/renderer';
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['/../main/index.js', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/assets/..%2f..%2fsecret', null],
    ['/..\\..\\windows', null],
    ['/%00', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveRendererFile(root, path)).toBe(expected);
  });
});

describe('window web preferences', () => {
  it('are written as literals in the BrowserWindow call, exactly as the checklist module says', () => {
    // A scanner reads the source, not the running app: the options must be there, word for word.
    const block = /new BrowserWindow\(\{[\s\S]*?webPreferences: \{([\s\S]*?)\n {4}\},/.exec(
      source('electron/main/window.ts'),
    );
    expect(block).not.toBeNull();
    const written = Object.fromEntries(
      [...block![1]!.matchAll(/^\s*(\w+): (.+?),\s*$/gm)].map(([, key, value]) => [
        key,
        value!.startsWith('options.') ? value : JSON.parse(value!.replace(/'/g, '"')),
      ]),
    );
    expect(written).toEqual({ preload: 'options.preload', ...requiredWebPreferences });
    expect(requiredWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('content security policy in the page', () => {
  it('is a meta tag of renderer/index.html with the same string as the header', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(source('renderer/index.html'));
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });
});
