import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type FileStorage,
  InvalidStorageKeyError,
  ObjectTooLargeError,
  type PutOptions,
  type StoredObject,
  StoredObjectNotFoundError,
} from './file-storage.js';

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Temporary files start with a dot, so no key (whose segments start with a letter or digit) names one. */
const TEMP_PREFIX = '.upload-';

/**
 * Files on a local disk (or a mounted volume) under one root directory. An object is first written to a
 * temporary file in its final directory — same filesystem, so the rename that publishes it is atomic —
 * and flushed to disk before it is renamed into place; any failure (the limit, the source's error, a full
 * disk) removes the temporary file.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(source: AsyncIterable<Uint8Array> | Readable, options: PutOptions): Promise<StoredObject> {
    const key = `${checkPath(options.prefix)}/${randomUUID()}`;
    const finalPath = this.pathOf(key);
    const directory = dirname(finalPath);
    await mkdir(directory, { recursive: true });
    const temp = join(directory, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);

    const hash = createHash('sha256');
    let sizeBytes = 0;
    const meter = async function* (chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
      for await (const chunk of chunks) {
        sizeBytes += chunk.byteLength;
        if (sizeBytes > options.maxBytes) throw new ObjectTooLargeError(options.maxBytes);
        hash.update(chunk);
        yield chunk;
      }
    };

    try {
      // `wx`: never follow or reuse an existing name; `flush`: fsync before the file is closed.
      const file = createWriteStream(temp, { flags: 'wx', mode: 0o640, flush: true });
      await pipeline(source, meter, file);
      await rename(temp, finalPath);
      return { key, sizeBytes, sha256: hash.digest() };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectNotFoundError(key);
      throw error;
    }
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file of a key, which must stay under the root (no `..`, no absolute path, no temporary name). */
  private pathOf(key: string): string {
    const path = resolve(this.root, ...checkPath(key).split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }
}

function checkPath(path: string): string {
  const segments = path.split('/');
  if (segments.length > 16 || !segments.every((s) => SEGMENT.test(s))) {
    throw new InvalidStorageKeyError(path);
  }
  return path;
}
