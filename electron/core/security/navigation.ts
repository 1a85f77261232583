/**
 * Pure decisions for the Electron shell, kept here so they are unit-tested without Electron.
 * Origins are compared by protocol and host because WHATWG URL gives custom schemes such as
 * app:// the opaque origin "null", which would make every app:// URL look alike.
 */
export function sameAppOrigin(url: string | undefined, appOrigin: string): boolean {
  if (!url) return false;
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appOrigin);
  } catch {
    return false;
  }
  return (
    candidate.protocol === app.protocol &&
    candidate.host === app.host &&
    candidate.username === '' &&
    candidate.password === ''
  );
}

/** The window may only ever show the app's own pages. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return sameAppOrigin(url, appOrigin);
}

/** An IPC call is served only from the app's own main frame, never from a sub-frame or another page. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, appOrigin: string): boolean {
  return frame !== null && frame.isMainFrame && sameAppOrigin(frame.url, appOrigin);
}
