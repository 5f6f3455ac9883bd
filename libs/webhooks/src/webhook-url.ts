import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { NodeEnv } from '@jazari/config';
import { isLoopbackAddress, isPrivateAddress } from './webhook-address.js';

/** Why a URL or an address is refused; undefined when it is allowed. */
export type UrlRefusal = string | undefined;

/** The host of a URL without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The URL's shape: `https:` in production; outside it, `http:` too, but to loopback only. No user
 * information (it would be sent as credentials), no fragment, at most 2048 characters.
 */
export function checkUrlShape(value: string, env: NodeEnv): { url?: URL; refusal: UrlRefusal } {
  if (value.length > 2048) return { refusal: 'The URL is longer than 2048 characters.' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { refusal: 'The URL is not valid.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refusal: 'The URL must use https.' };
  if (env === 'production' && url.protocol !== 'https:') return { refusal: 'The URL must use https.' };
  if (url.username || url.password) return { refusal: 'The URL must not carry a user name or password.' };
  if (url.hash) return { refusal: 'The URL must not have a fragment.' };
  const host = urlHost(url);
  if (url.protocol === 'http:' && !(host === 'localhost' || (isIP(host) && isLoopbackAddress(host))))
    return { refusal: 'http: is allowed to loopback only (outside production); use https.' };
  if (isIP(host)) return { url, refusal: checkAddress(host, url.protocol, env) };
  return { url, refusal: undefined };
}

/**
 * Whether a resolved address may be connected to: in production, public addresses only; outside it,
 * any address over https, loopback only over http.
 */
export function checkAddress(address: string, protocol: string, env: NodeEnv): UrlRefusal {
  if (env === 'production') {
    return isPrivateAddress(address)
      ? `The host resolves to ${address}, a private or reserved address.`
      : undefined;
  }
  if (protocol === 'http:' && !isLoopbackAddress(address))
    return `http: is allowed to loopback only, and the host resolves to ${address}.`;
  return undefined;
}

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * Resolves the URL's host and checks EVERY address it resolves to (one private answer refuses the
 * whole host: a name that mixes public and private answers is a rebinding attempt). Returns the addresses
 * to connect to — the ones that were checked — or the refusal.
 */
export async function resolveAllowed(
  url: URL,
  env: NodeEnv,
): Promise<{ targets?: readonly ResolvedAddress[]; refusal: UrlRefusal }> {
  const host = urlHost(url);
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) as 4 | 6 }];
  else {
    try {
      addresses = (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({
        address: a.address,
        family: a.family as 4 | 6,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error';
      return { refusal: `The host ${host} could not be resolved (${code}).` };
    }
  }
  if (addresses.length === 0) return { refusal: `The host ${host} has no address.` };
  for (const { address } of addresses) {
    const refusal = checkAddress(address, url.protocol, env);
    if (refusal) return { refusal };
  }
  return { targets: addresses, refusal: undefined };
}
