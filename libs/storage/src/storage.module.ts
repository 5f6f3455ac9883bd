import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { FILE_STORAGE } from './file-storage.js';
import { LocalDiskStorage } from './local-disk.storage.js';

/**
 * Provides the file store under `FILE_STORAGE`. Local disk under `STORAGE_DIR` today; an object store
 * (S3 and the like) replaces the factory below without any caller changing.
 */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.storage.dir),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
