import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessages, type Result } from '../../shared/errors';
import type { Core } from '../core/create-core';
import { rendererSecurityHeaders } from '../core/security/csp';
import { mimeTypeOf, resolveRendererFile } from '../core/security/static-files';
import { checkApiRequest, checkStaticRequest } from './request-guard';

/** Files travel base64-encoded inside the JSON body, so the limit is generous. */
const maxBodyBytes = 256 * 1024 * 1024;

export interface BrowserModeServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer and the API from one loopback origin. For development, tests and
 * demonstration only; the packaged app never contains it.
 */
export async function startBrowserModeServer(options: {
  core: Core;
  rendererDir: string;
  token: string;
  port?: number;
}): Promise<BrowserModeServer> {
  const own = { origin: '', token: options.token };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('browser mode: request failed', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', own.origin);
    if (url.pathname.startsWith('/api/')) {
      const verdict = checkApiRequest(
        {
          host: request.headers.host,
          origin: request.headers.origin,
          authorization: request.headers.authorization,
          queryToken: url.pathname === '/api/events' ? url.searchParams.get('token') : null,
        },
        own,
      );
      if (!verdict.ok) {
        const code = verdict.status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN';
        return sendJson(response, verdict.status, { ok: false, error: { code, message: verdict.reason } });
      }
      if (url.pathname === '/api/invoke' && request.method === 'POST') return invoke(request, response);
      if (url.pathname === '/api/events' && request.method === 'GET') return streamEvents(request, response);
      return sendJson(response, 404, { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: errorMessages.UNKNOWN_CHANNEL } });
    }
    if (!checkStaticRequest(request.headers.host, own)) return sendText(response, 403, 'forbidden host');
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed');
    return serveStatic(url.pathname, request, response);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse) {
    let body: { channel?: unknown; input?: unknown };
    try {
      body = JSON.parse(await readBody(request)) as typeof body;
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: '请求内容不是有效的 JSON' } });
    }
    const result = await options.core.dispatch(String(body.channel ?? ''), body.input);
    sendJson(response, 200, result);
  }

  function streamEvents(request: IncomingMessage, response: ServerResponse) {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    const unsubscribe = options.core.events.subscribe((event) => {
      response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    request.on('close', unsubscribe);
  }

  async function serveStatic(pathname: string, request: IncomingMessage, response: ServerResponse) {
    const file = resolveRendererFile(options.rendererDir, pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return sendText(response, 404, 'not found');
    response.writeHead(200, {
      ...rendererSecurityHeaders,
      'Content-Type': mimeTypeOf(file),
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  own.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: own.origin,
    url: `${own.origin}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('request body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
