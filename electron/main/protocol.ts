import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { rendererSecurityHeaders } from '../core/security/csp';
import { mimeTypeOf, resolveRendererFile } from '../core/security/static-files';
import { appScheme } from '../core/security/window-options';

/** Must run before the app is ready: app:// behaves as a secure, standard origin. */
export function declareAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://jiangxun/, with the CSP header, never outside its folder. */
export function serveRenderer(rendererDir: string) {
  protocol.handle(appScheme, async (request) => {
    const file = resolveRendererFile(rendererDir, new URL(request.url).pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('not found', { status: 404 });
    return new Response(body, { headers: { ...rendererSecurityHeaders, 'Content-Type': mimeTypeOf(file) } });
  });
}
