import { describe, expect, it } from 'vitest';
import { hashVisitorNetwork, visitorId, visitorNetwork } from '../../src/http/visitor';

const DAY = Date.UTC(2026, 11, 1, 12);

describe('visitorNetwork', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['2001:db8:0:1:aaaa:bbbb:cccc:dddd', '2001:db8:0:1::/64'],
    ['2001:DB8:0:1::1', '2001:db8:0:1::/64'],
    ['2001:0db8:0000:0001:0000:0000:0000:0001', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:ffff::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['[2001:db8:0:1::5]', '2001:db8:0:1::/64'],
    ['::ffff:198.51.100.9', '198.51.100.9'],
    ['::FFFF:c633:6409', '198.51.100.9'],
    ['0:0:0:0:0:ffff:198.51.100.9', '198.51.100.9'],
    ['64:ff9b::198.51.100.9', '64:ff9b:0:0::/64'],
  ])('%s -> %s', (ip, network) => {
    expect(visitorNetwork(ip)).toBe(network);
  });

  it('keeps text that is no address as it is (lowercased), rather than merging it with others', () => {
    expect(visitorNetwork('not-an-ip')).toBe('not-an-ip');
    expect(visitorNetwork('1.2.3.256')).toBe('1.2.3.256');
    expect(visitorNetwork('2001:db8::1::2')).toBe('2001:db8::1::2');
    expect(visitorNetwork('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
  });

  it('tells apart different /64s and different IPv4 addresses', () => {
    expect(visitorNetwork('2001:db8:0:1::1')).not.toBe(visitorNetwork('2001:db8:0:2::1'));
    expect(visitorNetwork('203.0.113.7')).not.toBe(visitorNetwork('203.0.113.8'));
  });
});

describe('visitorId', () => {
  const env = { VISITOR_SALT: 'test-salt' } as Env;
  const request = (ip?: string) => new Request('https://arena.test/', { headers: ip ? { 'cf-connecting-ip': ip } : {} });

  it('gives every address of one IPv6 /64 the same id, and another /64 another id', async () => {
    const ids = await Promise.all(
      ['2001:db8:0:1::1', '2001:db8:0:1:ffff:ffff:ffff:ffff', '2001:DB8:0:1:0:0:0:42'].map((ip) => visitorId(request(ip), env, DAY)),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await visitorId(request('2001:db8:0:2::1'), env, DAY)).not.toBe(ids[0]);
  });

  it('gives an IPv4-mapped address the IPv4 address id', async () => {
    expect(await visitorId(request('::ffff:198.51.100.9'), env, DAY)).toBe(await visitorId(request('198.51.100.9'), env, DAY));
  });

  it('is a salted hash that rotates daily and never contains the address', async () => {
    const id = await visitorId(request('198.51.100.9'), env, DAY);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).toBe(await hashVisitorNetwork('198.51.100.9', 'test-salt', DAY));
    expect(await visitorId(request('198.51.100.9'), env, DAY + 3_600_000)).toBe(id);
    expect(await visitorId(request('198.51.100.9'), env, DAY + 86_400_000)).not.toBe(id);
    expect(await visitorId(request('198.51.100.9'), { VISITOR_SALT: 'other' } as Env, DAY)).not.toBe(id);
    expect(await visitorId(request('198.51.100.9'), {} as Env, DAY)).not.toBe(id);
  });

  it('has no id without a connecting address', async () => {
    expect(await visitorId(request(), env, DAY)).toBeNull();
  });
});
