import { ConfigError, configFromProcessEnv, type AppConfig } from './config.js';

/**
 * Loads the configuration and starts a process. A configuration error is printed as a plain list of
 * the variables to fix, without a stack trace, and the process exits with status 78 (EX_CONFIG).
 */
export async function runEntryPoint(
  name: string,
  start: (config: AppConfig) => Promise<string>,
): Promise<void> {
  let config: AppConfig;
  try {
    config = configFromProcessEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`jazari ${name}: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  try {
    const message = await start(config);
    process.stdout.write(`jazari ${name}: ${message}\n`);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`jazari ${name}: ${error.message}\n`);
      process.exit(78);
    }
    process.stderr.write(
      `jazari ${name} failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

/**
 * A bound on shutdown: once SIGTERM (or SIGINT) arrives, the process exits within `timeoutMs` whatever
 * still waits (a queue store or database that does not answer). The orderly close runs first (Nest's
 * shutdown hooks, each bounded on its own); this is the backstop. A `once` listener, so the signal Nest
 * raises again after its hooks ends the process as usual.
 */
export function exitWithin(name: string, timeoutMs: number): void {
  const arm = (signal: NodeJS.Signals): void => {
    setTimeout(() => {
      process.stderr.write(`jazari ${name}: still stopping ${timeoutMs} ms after ${signal}; exiting now\n`);
      process.exit(1);
    }, timeoutMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
