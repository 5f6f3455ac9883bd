import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { InvalidStorageKeyError, ObjectTooLargeError, StoredObjectNotFoundError } from './file-storage.js';
import { LocalDiskStorage } from './local-disk.storage.js';

/** Every file under `dir`, recursively (directories left empty do not count). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function* chunks(...parts: (string | Error)[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    if (part instanceof Error) throw part;
    yield await Promise.resolve(Buffer.from(part));
  }
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'jazari-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream under a new key with its size and SHA-256, and reads it back', async () => {
    const stored = await storage.put(chunks('hello ', 'world'), { prefix: 'tenant-a/files', maxBytes: 100 });
    expect(stored.key).toMatch(/^tenant-a\/files\/[0-9a-f-]{36}$/);
    expect(stored.sizeBytes).toBe(11);
    expect(stored.sha256.equals(createHash('sha256').update('hello world').digest())).toBe(true);
    expect(await text(await storage.open(stored.key))).toBe('hello world');
    expect(await filesUnder(root)).toEqual([join(root, stored.key)]);
  });

  it('accepts a Node readable and an object exactly at the limit', async () => {
    const stored = await storage.put(Readable.from([Buffer.from('12345')]), { prefix: 'p', maxBytes: 5 });
    expect(stored.sizeBytes).toBe(5);
  });

  it('keeps nothing when the stream goes over the limit', async () => {
    await expect(
      storage.put(chunks('12345', '678'), { prefix: 'tenant-a/files', maxBytes: 6 }),
    ).rejects.toBeInstanceOf(ObjectTooLargeError);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('keeps nothing when the source fails, and passes its error on', async () => {
    const failure = new Error('client went away');
    await expect(
      storage.put(chunks('part one', failure), { prefix: 'tenant-a/files', maxBytes: 100 }),
    ).rejects.toBe(failure);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses keys and prefixes that would leave its root', async () => {
    for (const prefix of ['../escape', '/abs', 'a//b', '.hidden', 'a/../../b', '']) {
      await expect(storage.put(chunks('x'), { prefix, maxBytes: 10 })).rejects.toBeInstanceOf(
        InvalidStorageKeyError,
      );
    }
    await expect(storage.open('../../etc/passwd')).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it('answers a missing object with StoredObjectNotFoundError, and deletes idempotently', async () => {
    const stored = await storage.put(chunks('bytes'), { prefix: 'p', maxBytes: 10 });
    await storage.delete(stored.key);
    await storage.delete(stored.key);
    await expect(storage.open(stored.key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    expect(await filesUnder(root)).toEqual([]);
  });
});
