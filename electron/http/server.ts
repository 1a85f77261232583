import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contract, isChannel } from '@shared/contract';
import { safeFileName } from '@shared/contract/infra/call-options';
import type { ChannelSpec } from '@shared/contract/infra/define';
import { errorMessages, type ErrorCode, type Result } from '@shared/errors';
import type { CoreHost, HostCall } from '../core/host/core-host';
import { rendererSecurityHeaders } from '../core/security/csp';
import { mimeTypeOf, resolveRendererFile } from '../core/security/static-files';
import { createFileSlots, UploadTooLarge } from './file-slots';
import { parseInvokeBody } from './invoke-body';
import { checkApiRequest, checkStaticRequest } from './request-guard';

/** JSON bodies carry inputs only (files stream through /api/upload and /api/download). */
const maxBodyBytes = 256 * 1024 * 1024;
/** The response header that names the download of a call's file (`saveAs`). */
export const downloadHeader = 'X-Jiangxun-Download';
/** The request header of an upload that carries the signed-in session (an invoke carries it in its options). */
export const sessionHeader = 'X-Jiangxun-Session';

export interface BrowserModeServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer and the API from one loopback origin. For development, tests and
 * demonstration only; the packaged app never contains it. It relays to the core's threads and
 * does no work of its own, so it keeps answering while a long call runs.
 */
export async function startBrowserModeServer(options: {
  host: CoreHost;
  rendererDir: string;
  token: string;
  port?: number;
}): Promise<BrowserModeServer> {
  const own = { origin: '', token: options.token };
  const files = createFileSlots();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('browser mode: request failed', error);
      if (!response.headersSent) sendError(response, 500, 'INTERNAL', errorMessages.INTERNAL);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', own.origin);
    if (url.pathname.startsWith('/api/')) {
      // EventSource and a download link cannot send headers: those two may carry the token in the query.
      const queryTokenAllowed = url.pathname === '/api/events' || url.pathname.startsWith('/api/download/');
      const verdict = checkApiRequest(
        {
          host: request.headers.host,
          origin: request.headers.origin,
          authorization: request.headers.authorization,
          queryToken: queryTokenAllowed ? url.searchParams.get('token') : null,
        },
        own,
      );
      if (!verdict.ok)
        return sendError(
          response,
          verdict.status,
          verdict.status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN',
          verdict.reason,
        );
      if (request.method === 'POST' && url.pathname === '/api/invoke') return invoke(request, response);
      if (request.method === 'POST' && url.pathname === '/api/cancel') return cancel(request, response);
      if (request.method === 'POST' && url.pathname === '/api/upload') return upload(url, request, response);
      if (request.method === 'GET' && url.pathname === '/api/events') return streamEvents(request, response);
      if (request.method === 'GET' && url.pathname.startsWith('/api/download/'))
        return download(url.pathname.slice('/api/download/'.length), response);
      return sendError(response, 404, 'UNKNOWN_CHANNEL', errorMessages.UNKNOWN_CHANNEL);
    }
    if (!checkStaticRequest(request.headers.host, own)) return sendText(response, 403, 'forbidden host');
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed');
    return serveStatic(url.pathname, request, response);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse) {
    const text = await readBody(request);
    if (text === null) return sendError(response, 413, 'VALIDATION', '请求内容过大');
    const body = parseInvokeBody(text);
    if (!body.ok) return sendError(response, 400, 'VALIDATION', body.message);
    const { channel, input, options: callOptions } = body;
    const spec: ChannelSpec | undefined = isChannel(channel) ? contract[channel] : undefined;
    const call: HostCall = { jobId: callOptions.jobId, session: callOptions.session };
    if (callOptions.fileId !== undefined) {
      const picked = files.uploaded(callOptions.fileId);
      if (!picked) return sendError(response, 400, 'VALIDATION', '上传的文件已过期或不存在，请重新选择文件');
      call.inputFile = picked;
    }
    let slot: { id: string; path: string } | null = null;
    if (callOptions.saveAs && spec?.job?.download) {
      slot = files.reserveDownload(safeFileName(callOptions.saveAs.suggestedName, spec.job.download.extension));
      call.outputPath = slot.path;
    }
    const json = await options.host.dispatchJson(channel, input, call);
    const headers: Record<string, string> = {};
    if (slot) {
      if (json.startsWith('{"ok":true')) {
        files.offerDownload(
          slot.id,
          slot.path,
          safeFileName(callOptions.saveAs!.suggestedName, spec!.job!.download!.extension),
        );
        headers[downloadHeader] = `/api/download/${slot.id}`;
      } else files.discardFolderOf(slot.path);
    }
    sendJsonText(response, 200, json, headers);
  }

  async function cancel(request: IncomingMessage, response: ServerResponse) {
    const text = await readBody(request);
    let jobId: unknown;
    try {
      jobId = (JSON.parse(text ?? '') as { jobId?: unknown } | null)?.jobId;
    } catch {
      jobId = undefined;
    }
    if (typeof jobId !== 'string') return sendError(response, 400, 'VALIDATION', '请求应为 { jobId } 形式');
    sendJsonText(response, 200, JSON.stringify({ ok: true, value: { cancelled: options.host.cancel(jobId) } }));
  }

  /** POST /api/upload?channel=…&name=…: the body is the file itself, streamed to disk within the channel's limit. */
  async function upload(url: URL, request: IncomingMessage, response: ServerResponse) {
    const channel = url.searchParams.get('channel') ?? '';
    const name = (url.searchParams.get('name') ?? '').slice(0, 255);
    const spec: ChannelSpec | undefined = isChannel(channel) ? contract[channel] : undefined;
    const limits = spec?.job?.upload;
    if (!limits) return sendError(response, 400, 'VALIDATION', '这项操作不接收文件');
    // Only a signed-in person may put a file on this disk: the session is checked before a byte is read.
    const session = request.headers[sessionHeader.toLowerCase()];
    const signedIn =
      typeof session === 'string' && session.length <= 100
        ? (JSON.parse(await options.host.dispatchJson('accounts.session', {}, { session })) as Result<unknown>)
        : null;
    if (!signedIn?.ok) {
      request.resume();
      return sendError(
        response,
        401,
        signedIn?.ok === false ? signedIn.error.code : 'SIGNED_OUT',
        signedIn?.ok === false ? signedIn.error.message : errorMessages.SIGNED_OUT,
      );
    }
    if (!limits.accept.some((extension) => name.toLowerCase().endsWith(extension))) {
      return sendError(
        response,
        400,
        'VALIDATION',
        `文件“${name}”的类型不对：请选择 ${limits.accept.join(' 或 ')} 文件`,
      );
    }
    if (Number(request.headers['content-length'] ?? 0) > limits.maxBytes) {
      request.resume();
      return sendError(
        response,
        413,
        'VALIDATION',
        `文件“${name}”超过了 ${(limits.maxBytes / 1024 / 1024).toFixed(0)} MB 的上限`,
      );
    }
    try {
      const picked = await files.receive(request, name, limits.maxBytes);
      sendJsonText(response, 200, JSON.stringify({ ok: true, value: picked }));
    } catch (error) {
      if (!(error instanceof UploadTooLarge)) throw error;
      sendError(
        response,
        413,
        'VALIDATION',
        `文件“${name}”超过了 ${(limits.maxBytes / 1024 / 1024).toFixed(0)} MB 的上限`,
      );
    }
  }

  async function download(id: string, response: ServerResponse) {
    const file = files.takeDownload(id);
    const info = file ? await stat(file.path).catch(() => null) : null;
    if (!file || !info) return sendError(response, 404, 'NOT_FOUND', '这个文件已下载过或已过期，请重新导出');
    response.writeHead(200, {
      'Content-Type': mimeTypeOf(file.path),
      'Content-Length': info.size,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'no-store',
    });
    const stream = createReadStream(file.path);
    stream.pipe(response);
    response.on('close', file.discard);
  }

  function streamEvents(request: IncomingMessage, response: ServerResponse) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribe = options.host.events.subscribe((event) => {
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
        server.close(() => {
          files.close();
          resolve();
        });
      }),
  };
}

/** The body as text, or null once it passes maxBodyBytes. */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJsonText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string) {
  sendJsonText(response, status, JSON.stringify({ ok: false, error: { code, message } } satisfies Result<never>));
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
