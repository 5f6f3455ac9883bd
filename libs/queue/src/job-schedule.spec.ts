import { describe, expect, it } from '@jest/globals';
import { defineJob } from './job-catalog.js';
import { allSchedules, defineSchedule } from './job-schedule.js';
import { defineSystemJob, isSystemEnvelope } from './system-job.js';

const systemSweep = defineSystemJob('spec.system_sweep', {
  queue: 'maintenance',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 1 },
});
const tenantEvent = defineJob<{ id: string }>('spec.tenant_event', {
  queue: 'notifications',
  version: 1,
  attempts: 1,
  backoff: { type: 'fixed', delay: 1 },
});

describe('job schedules', () => {
  it('schedules system jobs only, once per id', () => {
    defineSchedule({ id: 'spec.sweep', job: systemSweep, everyMs: 60_000, payload: {} });
    expect(allSchedules().map((s) => s.id)).toContain('spec.sweep');
    expect(() =>
      defineSchedule({ id: 'spec.sweep', job: systemSweep, everyMs: 60_000, payload: {} }),
    ).toThrow('defined twice');
    expect(() =>
      defineSchedule({ id: 'spec.event', job: tenantEvent, everyMs: 60_000, payload: { id: 'x' } }),
    ).toThrow('not a system job');
  });

  it('recognises a system envelope', () => {
    expect(isSystemEnvelope({ v: 1, system: true, payload: {} })).toBe(true);
    expect(isSystemEnvelope({ v: 1, eventId: 'e', tenantId: 't', payload: {} })).toBe(false);
  });
});
