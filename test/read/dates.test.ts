import { describe, expect, it } from 'vitest';
import { bestDate, monthNumber, normaliseDate, parseZone } from '../../src/read/dates.js';

describe('normaliseDate', () => {
  it('reads ISO 8601 and keeps the zone only when one is given', () => {
    expect(normaliseDate('2025-11-12')).toBe('2025-11-12');
    expect(normaliseDate('2025-08-27T14:02:00+03:00')).toBe('2025-08-27T14:02:00+03:00');
    expect(normaliseDate('2025-08-27T14:02+0300')).toBe('2025-08-27T14:02:00+03:00');
    expect(normaliseDate('2025-08-27T11:02:00.000Z')).toBe('2025-08-27T11:02:00+00:00');
    expect(normaliseDate('2025-08-27T14:02:00')).toBe('2025-08-27');
    expect(normaliseDate('2025-08-27 14:02:00')).toBe('2025-08-27');
    expect(normaliseDate('2025-08-27 14:02:00 -05:00')).toBe('2025-08-27T14:02:00-05:00');
    expect(normaliseDate('20251112')).toBe('2025-11-12');
    expect(normaliseDate('20251112T093000Z')).toBe('2025-11-12T09:30:00+00:00');
  });

  it('reads RFC 2822 dates from feeds', () => {
    expect(normaliseDate('Wed, 27 Aug 2025 14:02:00 +0300')).toBe('2025-08-27T14:02:00+03:00');
    expect(normaliseDate('Mon, 03 Nov 2025 19:00:00 GMT')).toBe('2025-11-03T19:00:00+00:00');
    expect(normaliseDate('Tue, 4 Nov 2025 07:45 EST')).toBe('2025-11-04T07:45:00-05:00');
    expect(normaliseDate('Tue, 04 Nov 2025')).toBe('2025-11-04');
  });

  it('reads written dates, with and without a time', () => {
    expect(normaliseDate('November 12, 2025')).toBe('2025-11-12');
    expect(normaliseDate('Nov. 12, 2025')).toBe('2025-11-12');
    expect(normaliseDate('12 November 2025')).toBe('2025-11-12');
    expect(normaliseDate('12th of November 2025')).toBe('2025-11-12');
    expect(normaliseDate('Wednesday, 27 August 2025, 14:02')).toBe('2025-08-27');
    expect(normaliseDate('November 12, 2025 10:30 AM EST')).toBe('2025-11-12T10:30:00-05:00');
    expect(normaliseDate('12 Sept 2025 9:05 pm GMT+3')).toBe('2025-09-12T21:05:00+03:00');
    expect(normaliseDate('Published: 3 March 2024')).toBe('2024-03-03');
  });

  it('reads numeric day-first dates and refuses ambiguous slashes', () => {
    expect(normaliseDate('12.11.2025')).toBe('2025-11-12');
    expect(normaliseDate('12.11.2025 14:30')).toBe('2025-11-12');
    expect(normaliseDate('2025/11/12')).toBe('2025-11-12');
    expect(normaliseDate('25/11/2025')).toBe('2025-11-25');
    expect(normaliseDate('11/25/2025')).toBe('2025-11-25');
    expect(normaliseDate('11/12/2025')).toBeNull();
  });

  it('reads unix timestamps in seconds and milliseconds as UTC instants', () => {
    expect(normaliseDate('1762419600')).toBe('2025-11-06T09:00:00+00:00');
    expect(normaliseDate(1762419600000)).toBe('2025-11-06T09:00:00+00:00');
    expect(normaliseDate(1762419600)).toBe('2025-11-06T09:00:00+00:00');
  });

  it('falls back to chrono only when a year is written', () => {
    expect(normaliseDate('Updated at 09:15 CET on 3 March 2024')).toBe('2024-03-03T09:15:00+01:00');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('last Tuesday at 5pm')).toBeNull();
    expect(normaliseDate('12 November')).toBeNull();
  });

  it('reads written dates in other languages chrono knows', () => {
    expect(normaliseDate('27 августа 2025, 14:02')).toBe('2025-08-27');
    expect(normaliseDate('27 серпня 2025 р.')).toBe('2025-08-27');
    expect(normaliseDate('Mittwoch, 3. September 2025')).toBe('2025-09-03');
    expect(normaliseDate('27 août 2025')).toBe('2025-08-27');
    expect(normaliseDate('27 de agosto de 2025')).toBe('2025-08-27');
  });

  it('rejects invalid and empty values', () => {
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('2025-13-01')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate('   ')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
    expect(normaliseDate('not a date')).toBeNull();
  });
});

describe('date helpers', () => {
  it('knows month names and abbreviations', () => {
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('sep')).toBe(9);
    expect(monthNumber('December')).toBe(12);
    expect(monthNumber('Ma')).toBeNull();
    expect(monthNumber('Mayday')).toBeNull();
  });

  it('parses zones', () => {
    expect(parseZone('+05:30')).toBe(330);
    expect(parseZone('-0800')).toBe(-480);
    expect(parseZone('UTC+2')).toBe(120);
    expect(parseZone('MSK')).toBe(180);
    expect(parseZone('XYZ')).toBeUndefined();
  });

  it('bestDate takes the first readable candidate, upgraded to a full datetime on the same day', () => {
    expect(bestDate([undefined, 'garbage', '2025-09-08', '2025-09-08T18:20:00+03:00'])).toBe('2025-09-08T18:20:00+03:00');
    expect(bestDate(['2025-09-08', '2025-09-09T10:00:00Z'])).toBe('2025-09-08');
    expect(bestDate([])).toBeNull();
  });
});
