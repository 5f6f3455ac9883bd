/**
 * The browser and system of a User-Agent header ("Chrome", "Windows"): enough for a person to recognise
 * their own devices. The order matters (Edge and Opera also say Chrome; Chrome also says Safari).
 */
export function deviceOf(userAgent: string | null): { browser: string | null; system: string | null } {
  if (!userAgent) return { browser: null, system: null };
  const browsers: [RegExp, string][] = [
    [/Edg(e|A|iOS)?\//, 'Edge'],
    [/OPR\/|Opera/, 'Opera'],
    [/Firefox\/|FxiOS/, 'Firefox'],
    [/Chrome\/|CriOS|Chromium\//, 'Chrome'],
    [/Safari\//, 'Safari'],
    [/curl\//, 'curl'],
  ];
  const systems: [RegExp, string][] = [
    [/Android/, 'Android'],
    [/iPhone|iPad|iPod/, 'iOS'],
    [/Windows/, 'Windows'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/CrOS/, 'ChromeOS'],
    [/Linux/, 'Linux'],
  ];
  return {
    browser: browsers.find(([re]) => re.test(userAgent))?.[1] ?? null,
    system: systems.find(([re]) => re.test(userAgent))?.[1] ?? null,
  };
}

export type NetworkKind = 'loopback' | 'private' | 'public';

/**
 * Where an address is, as far as can be said without a geolocation database (none is shipped): this
 * machine, a private network, or the internet.
 */
export function networkOf(ip: string | null): NetworkKind | null {
  if (!ip) return null;
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^127\./.test(v4) || ip === '::1') return 'loopback';
  if (/^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.)/.test(v4) || /^f[cde]/i.test(ip)) {
    return 'private';
  }
  return 'public';
}
