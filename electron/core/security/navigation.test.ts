import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender } from './navigation';
import { appOrigin } from './window-options';

describe('navigation guard', () => {
  it.each([
    ['app://jiangxun/index.html#/settings', true],
    ['app://jiangxun/', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['app://evil/index.html', false],
    ['app://jiangxun.evil.com/', false],
    ['app://user:pass@jiangxun/', false],
    ['https://evil.example/?next=app://jiangxun/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → allowed %s', (url, allowed) => {
    expect(isAllowedNavigation(url, appOrigin)).toBe(allowed);
  });

  it('follows the dev server origin when the shell runs under electron-vite dev', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/trainees', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('serves only the main frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://jiangxun/index.html', isMainFrame: true }, appOrigin)).toBe(true);
    expect(isTrustedSender({ url: 'app://jiangxun/index.html', isMainFrame: false }, appOrigin)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, appOrigin)).toBe(false);
    expect(isTrustedSender(null, appOrigin)).toBe(false);
  });
});
