// A visitor id: a salted hash of the connecting network, with the salt rotated daily. The raw IP is never stored.
// IPv4 is hashed by address; IPv6 by its /64 prefix, since one customer (one home, one VM) usually holds a whole
// /64 and could otherwise mint unlimited ids for quotas and rate limits.
import { sha256Hex } from '../crypto/sha256';

/** Falls back to a fixed development salt when VISITOR_SALT is not set (local runs); production sets a secret. */
const DEV_SALT = 'judge-arena-development-salt';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function normaliseIpv4(text: string): string | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : null;
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. Accepts `::` and a trailing IPv4. */
function ipv6Groups(text: string): number[] | null {
  // A trailing dotted quad (::ffff:1.2.3.4) is two groups written another way.
  const lastColon = text.lastIndexOf(':');
  let hex = text;
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    const v4 = normaliseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    const [a, b, c, d] = v4.split('.').map(Number);
    hex = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parseGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups.map((g) => parseInt(g, 16)) : null;
  };
  const halves = hex.split('::');
  if (halves.length > 2) return null;
  const left = parseGroups(halves[0]);
  const right = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!left || !right) return null;
  const known = left.length + right.length;
  if (halves.length === 1) return known === 8 ? left : null;
  return known <= 7 ? [...left, ...new Array<number>(8 - known).fill(0), ...right] : null;
}

/**
 * What identifies a visitor's network: an IPv4 address as dotted quad, an IPv6 address as its /64 prefix
 * ("2001:db8:0:1::/64", lowercase, zeros dropped). IPv4-mapped IPv6 (::ffff:1.2.3.4) is the IPv4 address; a zone
 * id (fe80::1%eth0) is ignored. Anything unparseable is kept as trimmed lowercase text, so it still gets an id.
 */
export function visitorNetwork(ip: string): string {
  const text = ip.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = normaliseIpv4(text);
  if (v4) return v4;
  const groups = ipv6Groups(text);
  if (!groups) return text;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** The id itself: SHA-256 of salt, UTC day and network, first 128 bits in hex. */
export async function hashVisitorNetwork(network: string, salt: string, now: number): Promise<string> {
  const day = new Date(now).toISOString().slice(0, 10);
  return (await sha256Hex(`${salt}|${day}|${network}`)).slice(0, 32);
}

export async function visitorId(request: Request, env: Env, now = Date.now()): Promise<string | null> {
  const ip = request.headers.get('cf-connecting-ip');
  if (!ip) return null;
  return hashVisitorNetwork(visitorNetwork(ip), env.VISITOR_SALT ?? DEV_SALT, now);
}
