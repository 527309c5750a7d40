import { z } from 'zod';

// A date, or a date and time with optional seconds, fraction and offset.
const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?`;
const OFFSET = String.raw`(Z|[+-]\d{2}(?::?\d{2})?)`;
const ISO_8601 = new RegExp(`^${DATE}(?:[T ]${TIME}${OFFSET}?)?$`, 'i');

/**
 * Epoch milliseconds of an ISO 8601 timestamp, or null when the text is not one. A timestamp
 * without an offset is read as UTC, never as the machine's local time, so the same file gives the
 * same instants on every machine.
 */
export function parseIsoTimestamp(text: string): number | null {
  const match = ISO_8601.exec(text.trim());
  if (match === null) return null;

  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const offset = match[7];
  if (!isValidCalendarDate(Number(year), Number(month), Number(day))) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;

  const fraction = /[.,](\d{1,9})/.exec(text)?.[1] ?? '0';
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.floor(Number(`0.${fraction}`) * 1000),
  );

  return utc - offsetMinutes(offset) * 60_000;
}

function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** An ISO 8601 timestamp string (kept as written; see `parseIsoTimestamp` for its instant). */
export const IsoTimestampSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .refine((text) => parseIsoTimestamp(text) !== null, {
    message: 'must be an ISO 8601 timestamp (for example 2024-05-01T09:30:00Z)',
  })
  .describe('ISO 8601 timestamp');
