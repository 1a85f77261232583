import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, rendererSecurityHeaders } from './csp';
import { resolveRendererFile } from './static-files';
import { secureWebPreferences } from './window-options';

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
  it('follow the Electron security checklist', () => {
    expect(secureWebPreferences('/p/index.cjs')).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
