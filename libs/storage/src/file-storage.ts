import type { Readable } from 'node:stream';

/** The DI token of the platform's file store; inject it as `@Inject(FILE_STORAGE) storage: FileStorage`. */
export const FILE_STORAGE = Symbol('jazari.file-storage');

/** What a completed `put` stored. */
export interface StoredObject {
  /** Opaque, store-specific name of the object; keep it to open or delete the object later. */
  readonly key: string;
  readonly sizeBytes: number;
  /** SHA-256 of the stored bytes (32 bytes), computed while they streamed in. */
  readonly sha256: Buffer;
}

export interface PutOptions {
  /**
   * Groups objects, e.g. by tenant: `<tenant id>/deliverables`. Segments of letters, digits, `.`, `_`
   * and `-`, separated by `/`; the store adds a unique name below it.
   */
  readonly prefix: string;
  /** The object may not be larger than this: the put fails with `ObjectTooLargeError` and keeps nothing. */
  readonly maxBytes: number;
}

/**
 * Where uploaded files live. A put either stores the whole stream under a new key or stores nothing
 * (no partial object is ever visible under a key), so the database row that names the key can be written
 * after the put and a failed request leaves nothing behind. Local disk today (`LocalDiskStorage`); an
 * object store implements the same three calls.
 */
export interface FileStorage {
  /** Streams `source` in, hashing and counting as it goes. Rejects with the source's error, if any. */
  put(source: AsyncIterable<Uint8Array> | Readable, options: PutOptions): Promise<StoredObject>;
  /** The stored bytes; `StoredObjectNotFoundError` if there is no object under `key`. */
  open(key: string): Promise<Readable>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

export class ObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The object is larger than ${maxBytes} bytes`);
    this.name = 'ObjectTooLargeError';
  }
}

export class StoredObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object has the key "${key}"`);
    this.name = 'StoredObjectNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`"${key}" is not a storage key or prefix`);
    this.name = 'InvalidStorageKeyError';
  }
}
