import type { AppConfig } from '@jazari/config';

/**
 * Seeds the demo network once (never in production: AppConfig.seedDemo is false there).
 * Returns the lines to print. The network itself (tenants, users) arrives with the identity context.
 */
export function seedDemoNetwork(config: AppConfig): Promise<string[]> {
  if (!config.seedDemo) return Promise.resolve([]);
  return Promise.resolve([]);
}
