import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { renderCalendar } from './icalendar.js';

describe('renderCalendar', () => {
  it('writes a calendar a standard parser reads back: UTC times, escaped and folded text', () => {
    const long = 'Atelier de co-conception, IA pour la santé; ورشة عمل '.repeat(4);
    const ics = renderCalendar({
      name: 'Laboratoire, Rabat',
      product: '-//Jazari//Test//FR',
      timeZone: 'Africa/Casablanca',
      events: [
        {
          uid: 'booking-1@jazari.ma',
          start: new Date('2026-12-01T09:00:00Z'),
          end: new Date('2026-12-01T11:30:00Z'),
          summary: long,
          description: 'Line one\nLine two, with a comma',
          location: 'Salle 2; bâtiment B',
          status: 'CONFIRMED',
          sequence: 2,
        },
      ],
    });
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Jazari//Test//FR');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('booking-1@jazari.ma');
    expect(event.summary).toBe(long);
    expect(event.description).toBe('Line one\nLine two, with a comma');
    expect(event.location).toBe('Salle 2; bâtiment B');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T11:30:00.000Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
  });
});
