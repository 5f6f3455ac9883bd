// oidc-provider ships no types; the tests use this much of it (test OpenID providers on loopback).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderConfiguration {
    readonly [key: string]: unknown;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    /** The interaction the browser's cookies name (`/interaction/:uid`): which prompt it is at. */
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ readonly prompt: { readonly name: string } }>;
    /** Ends the interaction (`/interaction/:uid/…`) with its result and redirects the browser on. */
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: { readonly login?: { readonly accountId: string; readonly amr?: string[] } },
      options?: { readonly mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
