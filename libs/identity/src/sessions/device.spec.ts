import { describe, expect, it } from '@jest/globals';
import { deviceOf, networkOf } from './device.js';

describe('a session’s device and network', () => {
  it('names the browser and system a person would recognise', () => {
    const edge =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0';
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const mac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5; rv:133.0) Gecko/20100101 Firefox/133.0';
    expect(deviceOf(edge)).toEqual({ browser: 'Edge', system: 'Windows' });
    expect(deviceOf(iphone)).toEqual({ browser: 'Safari', system: 'iOS' });
    expect(deviceOf(mac)).toEqual({ browser: 'Firefox', system: 'macOS' });
    expect(deviceOf('curl/8.5.0')).toEqual({ browser: 'curl', system: null });
    expect(deviceOf(null)).toEqual({ browser: null, system: null });
  });

  it('tells this machine, a private network and the internet apart', () => {
    expect(networkOf('127.0.0.1')).toBe('loopback');
    expect(networkOf('::ffff:127.0.0.1')).toBe('loopback');
    expect(networkOf('::1')).toBe('loopback');
    expect(networkOf('10.2.3.4')).toBe('private');
    expect(networkOf('172.20.0.5')).toBe('private');
    expect(networkOf('192.168.1.10')).toBe('private');
    expect(networkOf('fd12:3456::1')).toBe('private');
    expect(networkOf('172.32.0.1')).toBe('public');
    expect(networkOf('196.200.1.1')).toBe('public');
    expect(networkOf(null)).toBeNull();
  });
});
