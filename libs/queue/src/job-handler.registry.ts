import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { allJobDefinitions, type JobEnvelope, type JobName } from './job-catalog.js';
import { JOB_HANDLER, JOB_SUBSCRIBER, type JobSubscriberProvider } from './job-handler.decorator.js';

export type JobHandlerFn = (envelope: JobEnvelope) => Promise<void>;

export interface RegisteredHandler {
  readonly name: JobName;
  readonly owner: string;
  readonly handle: JobHandlerFn;
}

export class JobWiringError extends Error {}

/** Finds every @JobHandler at boot and checks that each defined job has exactly one. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, RegisteredHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found: RegisteredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      if (this.reflector.get<boolean | undefined>(JOB_SUBSCRIBER, instance.constructor as never)) {
        for (const subscription of (instance as unknown as JobSubscriberProvider).subscriptions()) {
          found.push({
            name: subscription.job.name,
            owner: `${instance.constructor.name} (${subscription.job.name})`,
            handle: (env) => subscription.handle(env),
          });
        }
      }
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as (...args: unknown[]) => Promise<void>;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn);
        if (name) {
          found.push({
            name,
            owner: `${instance.constructor.name}.${method}`,
            handle: (env) => fn.call(instance, env),
          });
        }
      }
    }
    this.validate(found);
  }

  private validate(found: readonly RegisteredHandler[]): void {
    const problems: string[] = [];
    const defined = new Set(allJobDefinitions().map((d) => d.name));
    for (const handler of found) {
      const existing = this.handlers.get(handler.name);
      if (existing)
        problems.push(`job "${handler.name}" has two handlers: ${existing.owner} and ${handler.owner}`);
      else this.handlers.set(handler.name, handler);
      if (!defined.has(handler.name))
        problems.push(`${handler.owner} handles "${handler.name}", which is not defined`);
    }
    for (const name of defined) {
      if (!this.handlers.has(name)) problems.push(`job "${name}" has no handler`);
    }
    if (problems.length > 0) throw new JobWiringError(`Job wiring is wrong:\n  - ${problems.join('\n  - ')}`);
  }

  get(name: string): RegisteredHandler | undefined {
    return this.handlers.get(name);
  }
}
