import { describe, expect, it } from '@jest/globals';
import { PRODUCTION_PASSWORD_HASH } from '@jazari/config';
import { PasswordHasher } from './password.hasher.js';

describe('PasswordHasher', () => {
  const cheap = new PasswordHasher({ auth: { passwordHash: { memoryKib: 64, timeCost: 1 } } });
  const production = new PasswordHasher();

  it('hashes at the production cost unless given another, and verifies a hash of any cost', async () => {
    const strong = await production.hash('a passphrase');
    expect(strong).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${PRODUCTION_PASSWORD_HASH.memoryKib},p=1,t=${PRODUCTION_PASSWORD_HASH.timeCost}\\$`,
      ),
    );
    const weak = await cheap.hash('a passphrase');
    expect(weak).toMatch(/^\$argon2id\$v=19\$m=64,p=1,t=1\$/);
    for (const hasher of [cheap, production]) {
      for (const hash of [strong, weak]) {
        expect(await hasher.verify(hash, 'a passphrase')).toBe(true);
        expect(await hasher.verify(hash, 'another one')).toBe(false);
      }
    }
    expect(await cheap.verify('not a PHC string', 'a passphrase')).toBe(false);
  });

  it('asks for a new hash when the stored one has another cost, higher or lower', async () => {
    const strong = await production.hash('a passphrase');
    const weak = await cheap.hash('a passphrase');
    expect(production.needsRehash(strong)).toBe(false);
    expect(production.needsRehash(weak)).toBe(true);
    expect(cheap.needsRehash(weak)).toBe(false);
    expect(cheap.needsRehash(strong)).toBe(true);
  });
});
