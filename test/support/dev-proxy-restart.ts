// An answer that `wrangler dev` gives, not our worker: its local ProxyWorker sometimes answers a non-GET request
// with this 503 when the request's body was left unread and the connection is kept alive (workers-sdk issues
// #14641 and #15203; the worker did not restart). Tests that talk to `wrangler dev` recognise exactly this answer,
// count it apart (and may retry it); every other 5xx is still ours and still fails them.
// The text is wrangler's (templates/startDevWorker/ProxyWorker.ts, wrangler 4.86.0).
export const DEV_PROXY_RESTART_TEXT =
  'Your worker restarted mid-request. Please try sending the request again. Only GET or HEAD requests are retried automatically.';

export function isDevProxyRestart(status: number, body: string): boolean {
  return status === 503 && body === DEV_PROXY_RESTART_TEXT;
}
