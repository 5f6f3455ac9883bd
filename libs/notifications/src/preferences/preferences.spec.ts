import { describe, expect, it } from '@jest/globals';
import { digestDay } from '../digest/digest.service.js';
import { decide, DEFAULT_PREFERENCE, digestAvailable, inAppLocked } from './preferences.js';

describe('notification preferences', () => {
  const news = { actionRequired: false, category: 'conventions' } as const;
  const ask = { actionRequired: true, category: 'conventions' } as const;

  it('delivers everything by default', () => {
    expect(decide(news, 'in_app', DEFAULT_PREFERENCE)).toBe('deliver');
    expect(decide(news, 'email', DEFAULT_PREFERENCE)).toBe('deliver');
  });

  it('keeps in-app on for events that ask the person to act, whatever the preference', () => {
    const off = { inApp: false, email: 'off' } as const;
    expect(decide(news, 'in_app', off)).toBe('skip');
    expect(decide(ask, 'in_app', off)).toBe('deliver');
    expect(decide(ask, 'email', off)).toBe('skip');
  });

  it('holds news for the digest, never an event that asks to act, never an urgent category', () => {
    const digest = { inApp: true, email: 'digest' } as const;
    expect(decide(news, 'email', digest)).toBe('digest');
    expect(decide(ask, 'email', digest)).toBe('deliver');
    expect(decide({ actionRequired: false, category: 'signatures' }, 'email', digest)).toBe('deliver');
  });

  it('locks in-app where every event asks to act, and offers the digest for news only', () => {
    expect(inAppLocked('signatures')).toBe(true);
    expect(inAppLocked('conventions')).toBe(false);
    expect(digestAvailable('signatures')).toBe(false);
    expect(digestAvailable('conventions')).toBe(true);
  });

  it('delivers a notice about the person’s own account whatever they chose, never in a digest', () => {
    const reset = { actionRequired: false, category: 'account' } as const;
    expect(decide(reset, 'email', { inApp: false, email: 'off' })).toBe('deliver');
    expect(decide(reset, 'email', { inApp: true, email: 'digest' })).toBe('deliver');
    expect(digestAvailable('account')).toBe(false);
  });

  it('dates a digest by the network morning it goes out (08:00 Africa/Casablanca)', () => {
    // Casablanca is UTC+1 in November.
    expect(digestDay(new Date('2026-11-27T06:59:00Z'))).toBe('2026-11-26');
    expect(digestDay(new Date('2026-11-27T07:00:00Z'))).toBe('2026-11-27');
    expect(digestDay(new Date('2026-12-01T05:00:00Z'))).toBe('2026-11-30');
  });
});
