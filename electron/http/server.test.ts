import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../core/testing';
import { startBrowserModeServer, type BrowserModeServer } from './server';

const token = 'test-token-0123456789';
// The server relays to the core in its threads, exactly as `npm run serve` runs it.
let core: TestHost;
let server: BrowserModeServer;
let rendererDir: string;

// One host for the file: starting the core's threads from the TypeScript sources takes seconds.
beforeAll(async () => {
  core = await startTestHost();
  rendererDir = mkdtempSync(join(tmpdir(), 'jiangxun-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>匠训</title>');
  server = await startBrowserModeServer({ host: core, rendererDir, token });
}, 60_000);
afterAll(async () => {
  await server.close();
  await core.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Raw HTTP, so that Host and Origin can be set as a hostile page or program would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; raw?: string | Buffer } = {},
) {
  const url = new URL(path, server.origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.raw !== undefined) req.write(options.raw);
    else if (options.body !== undefined) req.write(JSON.stringify(options.body));
    req.end();
  });
}

// The signed-in administrator's session, as the window sends it with every call.
const signedIn = () => ({ session: core.session });
const invoke = {
  channel: 'settings.getBaseProfile',
  input: {},
  get options() {
    return signedIn();
  },
};
const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints its address with the token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/?token=${token}`);
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    const missing = await send('/api/invoke', { body: invoke, headers: { 'Content-Type': 'application/json' } });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await send('/api/invoke', { body: invoke, headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('refuses a call from another origin even with the token', async () => {
    const answer = await send('/api/invoke', { body: invoke, headers: { ...auth, Origin: 'http://evil.example' } });
    expect(answer.status).toBe(403);
    const sibling = await send('/api/invoke', { body: invoke, headers: { ...auth, Origin: 'http://127.0.0.1:1' } });
    expect(sibling.status).toBe(403);
  });

  it('refuses a rebound host name (DNS rebinding)', async () => {
    const port = new URL(server.origin).port;
    const answer = await send('/api/invoke', { body: invoke, headers: { ...auth, Host: `evil.example:${port}` } });
    expect(answer.status).toBe(403);
    const page = await send('/', { method: 'GET', headers: { Host: `evil.example:${port}` } });
    expect(page.status).toBe(403);
  });

  it('answers an authorised call exactly as the in-process router does', async () => {
    const input = { name: '丰泽区实训基地', orgCode: '', address: '泉州', certificateIssuer: '', contactPhone: '' };
    const overHttp = await send('/api/invoke', {
      body: { channel: 'settings.updateBaseProfile', input, options: signedIn() },
      headers: { ...auth, Origin: server.origin },
    });
    expect(overHttp.status).toBe(200);
    const direct = await core.dispatch('settings.getBaseProfile', {});
    const read = await send('/api/invoke', { body: invoke, headers: auth });
    expect(JSON.parse(read.body)).toEqual(direct);
    expect(JSON.parse(overHttp.body)).toEqual(direct);
  });

  it('returns typed errors from the router unchanged', async () => {
    const answer = await send('/api/invoke', {
      body: { channel: 'settings.updateBaseProfile', input: { name: '' }, options: signedIn() },
      headers: auth,
    });
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: expect.any(Array) } },
    });
  });

  // Issue 17: a body the router would never accept is the transport's 400, with a Chinese reason.
  it.each([
    ['no body at all', '', '不是有效的 JSON'],
    ['text that is not JSON', '{channel:', '不是有效的 JSON'],
    ['JSON null', 'null', '{ channel, input } 形式的对象'],
    ['an array', '[{"channel":"settings.getBaseProfile","input":{}}]', '{ channel, input } 形式的对象'],
    ['a number', '42', '{ channel, input } 形式的对象'],
    ['a string', '"settings.getBaseProfile"', '{ channel, input } 形式的对象'],
    ['channel an object', '{"channel":{"toString":"x"},"input":{}}', 'channel 应为操作名'],
    ['channel null', '{"channel":null,"input":{}}', 'channel 应为操作名'],
    ['channel a number', '{"channel":7,"input":{}}', 'channel 应为操作名'],
    ['channel an array', '{"channel":["settings.getBaseProfile"],"input":{}}', 'channel 应为操作名'],
    ['channel empty', '{"channel":"","input":{}}', 'channel 应为操作名'],
    ['channel 10,000 characters', JSON.stringify({ channel: 'a'.repeat(10_000), input: {} }), 'channel 过长'],
    ['no input', '{"channel":"settings.getBaseProfile"}', '缺少 input'],
    ['an unknown field', '{"channel":"settings.getBaseProfile","input":{},"admin":true}', '无法识别的字段：admin'],
    ['options not an object', '{"channel":"settings.getBaseProfile","input":{},"options":"x"}', 'options 有误'],
    [
      'a job id with a slash',
      '{"channel":"settings.getBaseProfile","input":{},"options":{"jobId":"../x"}}',
      '任务编号',
    ],
    [
      '__proto__ as a field',
      '{"channel":"settings.getBaseProfile","input":{},"__proto__":{"x":1}}',
      '无法识别的字段：__proto__',
    ],
  ])('answers 400 with a Chinese message for %s', async (_case, raw, reason) => {
    const answer = await send('/api/invoke', { headers: auth, raw });
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(body.error.message).toContain(reason);
    // The core is unharmed and still answers.
    expect((await send('/api/invoke', { body: invoke, headers: auth })).status).toBe(200);
  });

  // Issue 14: the launch token only opens the door to the sign-in page.
  it('refuses every call without a valid session, whatever the input claims, and answers the sign-in page', async () => {
    const signedOut = await send('/api/invoke', {
      body: { channel: 'trainees.count', input: { filter: {} } },
      headers: auth,
    });
    expect(JSON.parse(signedOut.body)).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT', message: '请先登录' } });
    const forged = await send('/api/invoke', {
      body: { channel: 'trainees.count', input: { filter: {} }, options: { session: 'x'.repeat(43) } },
      headers: auth,
    });
    expect(JSON.parse(forged.body)).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
    const status = await send('/api/invoke', { body: { channel: 'accounts.status', input: {} }, headers: auth });
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { hasAccounts: true } });
  });

  it('takes an upload only from a signed-in session, before reading the file', async () => {
    const path = '/api/upload?channel=trainees.readImportFile&name=roster.xlsx';
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' };
    const without = await send(path, { headers, raw: 'PK' });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body)).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
    const forged = await send(path, { headers: { ...headers, 'X-Jiangxun-Session': 'y'.repeat(43) }, raw: 'PK' });
    expect(forged.status).toBe(401);
    const taken = await send(path, { headers: { ...headers, 'X-Jiangxun-Session': core.session }, raw: 'PK' });
    expect(taken.status).toBe(200);
    expect(JSON.parse(taken.body)).toMatchObject({ ok: true, value: { name: 'roster.xlsx', size: 2 } });
  });

  it('answers an unknown channel through the router, not as a crash', async () => {
    const answer = await send('/api/invoke', { body: { channel: 'system.dropEverything', input: {} }, headers: auth });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const page = await send('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('匠训');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send('/..%2f..%2fetc%2fpasswd', { method: 'GET' })).status).toBe(404);
  });

  it('streams committed changes to an authorised event subscriber', async () => {
    const events = await fetch(`${server.origin}/api/events?token=${token}`);
    const reader = events.body!.getReader();
    await reader.read(); // the ": connected" comment
    await core.dispatch('settings.updateBaseProfile', {
      name: '基地',
      orgCode: '',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"name":"data.changed"');
    await reader.cancel();
    const refused = await fetch(`${server.origin}/api/events`);
    expect(refused.status).toBe(401);
  });
});
