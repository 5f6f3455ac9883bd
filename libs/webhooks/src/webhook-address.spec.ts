import { describe, expect, it } from '@jest/globals';
import { isLoopbackAddress, isPrivateAddress, parseV6 } from './webhook-address.js';
import { checkAddress, checkUrlShape } from './webhook-url.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '169.254.0.1',
    '100.64.0.1', // CGNAT
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.10',
    '198.18.0.1',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456:789a::1', // ULA
    'fd00:ec2::254', // AWS metadata over IPv6
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1', // IPv4-mapped loopback
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    '2002:c0a8:0101::1', // 6to4 of 192.168.1.1
    '2001:db8::1',
    'not-an-address',
    '',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '41.250.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.255.255',
    '192.169.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4007:80e::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('isLoopbackAddress', () => {
  it('knows loopback in both families', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('127.9.9.9')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('10.0.0.1')).toBe(false);
    expect(isLoopbackAddress('::2')).toBe(false);
    expect(isLoopbackAddress('8.8.8.8')).toBe(false);
  });
});

describe('parseV6', () => {
  it('expands compressed forms and dotted quads', () => {
    expect(parseV6('::1')).toEqual([...Array<number>(15).fill(0), 1]);
    expect(parseV6('::ffff:1.2.3.4')?.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(parseV6('2001:db8:0:0:0:0:0:1')).toEqual(parseV6('2001:db8::1'));
    expect(parseV6('1.2.3.4')).toBeUndefined();
  });
});

describe('the URL rules', () => {
  it('requires https in production and refuses private literals there', () => {
    expect(checkUrlShape('http://example.ma/hook', 'production').refusal).toMatch(/https/);
    expect(checkUrlShape('https://example.ma/hook', 'production').refusal).toBeUndefined();
    expect(checkUrlShape('https://10.0.0.5/hook', 'production').refusal).toMatch(/private/);
    expect(checkUrlShape('https://[::1]/hook', 'production').refusal).toMatch(/private/);
    expect(checkUrlShape('https://169.254.169.254/latest', 'production').refusal).toMatch(/private/);
    expect(checkAddress('192.168.0.10', 'https:', 'production')).toMatch(/private/);
    expect(checkAddress('8.8.8.8', 'https:', 'production')).toBeUndefined();
  });

  it('allows http to loopback only, outside production', () => {
    expect(checkUrlShape('http://127.0.0.1:8080/hook', 'test').refusal).toBeUndefined();
    expect(checkUrlShape('http://localhost:8080/hook', 'development').refusal).toBeUndefined();
    expect(checkUrlShape('http://[::1]:8080/hook', 'test').refusal).toBeUndefined();
    expect(checkUrlShape('http://example.ma/hook', 'test').refusal).toMatch(/loopback/);
    expect(checkUrlShape('http://10.0.0.1/hook', 'development').refusal).toMatch(/loopback/);
    expect(checkAddress('10.0.0.1', 'http:', 'test')).toMatch(/loopback/);
    expect(checkAddress('10.0.0.1', 'https:', 'test')).toBeUndefined();
  });

  it('refuses other schemes, credentials and fragments', () => {
    expect(checkUrlShape('ftp://example.ma/x', 'test').refusal).toBeDefined();
    expect(checkUrlShape('file:///etc/passwd', 'test').refusal).toBeDefined();
    expect(checkUrlShape('https://user:pw@example.ma/x', 'test').refusal).toMatch(/password/);
    expect(checkUrlShape('https://example.ma/x#y', 'test').refusal).toMatch(/fragment/);
    expect(checkUrlShape('not a url', 'test').refusal).toMatch(/not valid/);
  });
});
