import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Inject, Injectable, Module } from '@nestjs/common';
import { loadConfig } from '@jazari/config';
import { createHttpApp } from './http-app.js';

class Unprovided {}

@Injectable()
class NeedsUnprovided {
  constructor(@Inject(Unprovided) readonly dependency: Unprovided) {}
}

@Module({ providers: [NeedsUnprovided] })
class UnbootableModule {}

describe('createHttpApp', () => {
  // Nest's default would abort the process (no exit code an entry point chose, no test failure to read):
  // the failure must reach the caller, which prints it (runEntryPoint) or fails the test world with it.
  it('rejects with the reason when the application cannot be built, instead of aborting the process', async () => {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
    await expect(createHttpApp(UnbootableModule, config, { openApi: false })).rejects.toThrow(
      /can't resolve dependencies of the NeedsUnprovided/,
    );
  });
});
