// SHA-256 as lowercase hex, through Web Crypto (in the Workers runtime and Node alike): the one digest the worker
// uses for content addresses, cache keys, the export share and visitor ids.
export async function sha256Hex(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
