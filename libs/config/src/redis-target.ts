/** One Redis node (a Sentinel, or a Cluster seed node). */
export interface RedisNodeAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Which Redis the processes use, read from REDIS_URL (docs/configuration.md#redis):
 *
 * - `redis://[user:password@]host:port[/db]` (`rediss://` for TLS): one server;
 * - `redis+sentinel://[user:password@]host:port,host:port,…/master-name[/db][?sentinelPassword=…]`
 *   (`rediss+sentinel://`): the Sentinels to ask for the current primary of `master-name` (port 26379
 *   when left out); the user and password are the data nodes';
 * - `redis+cluster://[user:password@]host:port,host:port,…` (`rediss+cluster://`): seed nodes of a
 *   Redis Cluster (port 6379 when left out); the others are discovered.
 *
 * The queue prefix is a hash tag, so each queue's keys (and the login throttle's) share one slot.
 */
export type RedisTarget =
  | { readonly kind: 'standalone'; readonly url: string }
  | {
      readonly kind: 'sentinel';
      readonly sentinels: readonly RedisNodeAddress[];
      readonly masterName: string;
      readonly username: string | undefined;
      readonly password: string | undefined;
      readonly sentinelPassword: string | undefined;
      readonly db: number;
      readonly tls: boolean;
    }
  | {
      readonly kind: 'cluster';
      readonly nodes: readonly RedisNodeAddress[];
      readonly username: string | undefined;
      readonly password: string | undefined;
      readonly tls: boolean;
    };

const MULTI_HOST = /^(rediss?)\+(sentinel|cluster):\/\/(?:([^@/?#]*)@)?([^/?#]+)(\/[^?#]*)?(?:\?([^#]*))?$/;

/** Parses REDIS_URL; throws an Error whose message says what is wrong (without the password). */
export function parseRedisUrl(value: string): RedisTarget {
  if (/^rediss?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new Error('is not a valid URL');
    }
    return { kind: 'standalone', url: value };
  }
  const match = MULTI_HOST.exec(value);
  if (!match) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    throw new Error(
      scheme
        ? `must be a redis:, rediss:, redis+sentinel: or redis+cluster: URL (got protocol "${scheme}:")`
        : 'is not a valid URL',
    );
  }
  const [, scheme, kind, userinfo, hostList, pathPart, query] = match;
  const tls = scheme === 'rediss';
  const [username, password] = credentials(userinfo);
  const nodes = hostList.split(',').map((entry) => node(entry, kind === 'sentinel' ? 26379 : 6379));
  const params = new URLSearchParams(query ?? '');
  const unknown = [...params.keys()].filter((key) => kind !== 'sentinel' || key !== 'sentinelPassword');
  if (unknown.length > 0) throw new Error(`has unknown parameters: ${unknown.join(', ')}`);
  const segments = (pathPart ?? '')
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent);
  if (kind === 'cluster') {
    // A Cluster has only database 0: a path would be silently ignored, so it is refused.
    if (segments.length > 0) throw new Error('must not have a path (a Redis Cluster has no databases)');
    return { kind: 'cluster', nodes, username, password, tls };
  }
  const [masterName, dbText, ...rest] = segments;
  if (!masterName || rest.length > 0) {
    throw new Error('must name the primary: redis+sentinel://host:port,host:port/master-name[/db]');
  }
  if (dbText !== undefined && !/^[0-9]{1,2}$/.test(dbText)) {
    throw new Error(`has "${dbText}" where the database number goes`);
  }
  return {
    kind: 'sentinel',
    sentinels: nodes,
    masterName,
    username,
    password,
    sentinelPassword: params.get('sentinelPassword') ?? undefined,
    db: dbText === undefined ? 0 : Number(dbText),
    tls,
  };
}

function credentials(userinfo: string | undefined): [string | undefined, string | undefined] {
  if (userinfo === undefined || userinfo === '') return [undefined, undefined];
  const colon = userinfo.indexOf(':');
  const user = decodeURIComponent(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? undefined : decodeURIComponent(userinfo.slice(colon + 1));
  return [user === '' ? undefined : user, password === '' ? undefined : password];
}

function node(entry: string, defaultPort: number): RedisNodeAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::([0-9]{1,5}))?$/.exec(entry.trim());
  const port = match?.[3] === undefined ? defaultPort : Number(match[3]);
  if (!match || port < 1 || port > 65535) throw new Error(`has "${entry}", which is not host:port`);
  return { host: match[1] ?? match[2], port };
}
