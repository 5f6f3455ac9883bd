import { isIP } from 'node:net';

/** A CIDR range over an address's bytes. */
interface Range {
  readonly bytes: readonly number[];
  readonly bits: number;
}

function v4(a: number, b: number, c: number, d: number, bits: number): Range {
  return { bytes: [a, b, c, d], bits };
}

/** IPv4 ranges that are not the public internet (RFC 6890 and the cloud metadata address). */
const PRIVATE_V4: readonly Range[] = [
  v4(0, 0, 0, 0, 8), // "this network", 0.0.0.0
  v4(10, 0, 0, 0, 8), // RFC 1918
  v4(100, 64, 0, 0, 10), // CGNAT (RFC 6598)
  v4(127, 0, 0, 0, 8), // loopback
  v4(169, 254, 0, 0, 16), // link-local, incl. the metadata address 169.254.169.254
  v4(172, 16, 0, 0, 12), // RFC 1918
  v4(192, 0, 0, 0, 24), // IETF protocol assignments
  v4(192, 0, 2, 0, 24), // TEST-NET-1
  v4(192, 88, 99, 0, 24), // 6to4 relay anycast
  v4(192, 168, 0, 0, 16), // RFC 1918
  v4(198, 18, 0, 0, 15), // benchmarking
  v4(198, 51, 100, 0, 24), // TEST-NET-2
  v4(203, 0, 113, 0, 24), // TEST-NET-3
  v4(224, 0, 0, 0, 4), // multicast
  v4(240, 0, 0, 0, 4), // reserved, incl. broadcast
];

function v6(prefix: string, bits: number): Range {
  return { bytes: parseV6(prefix)!, bits };
}

/** IPv6 ranges that are not the public internet. */
const PRIVATE_V6: readonly Range[] = [
  v6('::', 128), // unspecified
  v6('::1', 128), // loopback
  v6('100::', 64), // discard
  v6('2001::', 23), // IETF protocol assignments (Teredo, benchmarking, ORCHID…)
  v6('2001:db8::', 32), // documentation
  v6('fc00::', 7), // unique local (ULA), incl. fd00:ec2::254 (a metadata address)
  v6('fe80::', 10), // link-local
  v6('fec0::', 10), // site-local (deprecated)
  v6('ff00::', 8), // multicast
];

function inRange(bytes: readonly number[], range: Range): boolean {
  let bits = range.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (range.bytes[i] & mask)) return false;
  }
  return true;
}

function parseV4(address: string): number[] | undefined {
  if (isIP(address) !== 4) return undefined;
  return address.split('.').map(Number);
}

/** The 16 bytes of an IPv6 address (with or without a trailing dotted quad); undefined if invalid. */
export function parseV6(address: string): number[] | undefined {
  const plain = address.replace(/%.*$/, ''); // a zone (fe80::1%eth0) does not change the class
  if (isIP(plain) !== 6) return undefined;
  let text = plain.toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = parseV4(quad[1])!;
    text = `${text.slice(0, -quad[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** The IPv4 address an IPv6 one carries (IPv4-mapped, IPv4-compatible, NAT64, 6to4), if any. */
function embeddedV4(bytes: readonly number[]): number[] | undefined {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12); // ::ffff:a.b.c.d
  if (zeros(0, 12)) return bytes.slice(12); // ::a.b.c.d (deprecated "compatible")
  if (inRange(bytes, v6('64:ff9b::', 96)) || inRange(bytes, v6('64:ff9b:1::', 48))) return bytes.slice(12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6); // 6to4 2002:AABB:CCDD::
  return undefined;
}

/**
 * Whether an address is outside the public internet: loopback, RFC 1918, link-local (and so the cloud
 * metadata address), CGNAT, unique-local, unspecified, multicast, documentation and reserved ranges —
 * also when an IPv6 address carries such an IPv4 one. Anything that is not an IP address counts as private.
 */
export function isPrivateAddress(address: string): boolean {
  const four = parseV4(address);
  if (four) return PRIVATE_V4.some((r) => inRange(four, r));
  const six = parseV6(address);
  if (!six) return true;
  const inner = embeddedV4(six);
  if (inner && !(six.slice(0, 12).every((b) => b === 0) && inner.every((b) => b === 0))) {
    if (PRIVATE_V4.some((r) => inRange(inner, r))) return true;
  }
  return PRIVATE_V6.some((r) => inRange(six, r));
}

/** Loopback only (127.0.0.0/8, ::1, and IPv4-mapped loopback): what `http:` may reach outside production. */
export function isLoopbackAddress(address: string): boolean {
  const four = parseV4(address);
  if (four) return four[0] === 127;
  const six = parseV6(address);
  if (!six) return false;
  if (six.slice(0, 15).every((b) => b === 0) && six[15] === 1) return true;
  const zeros = six.slice(0, 10).every((b) => b === 0);
  return zeros && six[10] === 0xff && six[11] === 0xff && six[12] === 127;
}
