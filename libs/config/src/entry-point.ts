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
