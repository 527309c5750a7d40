import { assertPrefix, escapeGlob, ttlToMs } from './cache-key';

describe('ttlToMs', () => {
  it.each([
    [1, 1000],
    [0.25, 250],
    [0.0001, 1],
  ])('turns %p seconds into %p ms', (seconds, ms) => {
    expect(ttlToMs(seconds)).toBe(ms);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (seconds) => {
    expect(() => ttlToMs(seconds)).toThrow(RangeError);
  });
});

describe('escapeGlob', () => {
  it('escapes every Redis glob character so the prefix matches literally', () => {
    expect(escapeGlob('p:a*b?c[d]e\\f')).toBe('p:a\\*b\\?c\\[d\\]e\\\\f');
    expect(escapeGlob('patient:42:')).toBe('patient:42:');
  });
});

describe('assertPrefix', () => {
  it('refuses an empty prefix', () => {
    expect(() => assertPrefix('')).toThrow(RangeError);
    expect(assertPrefix('lunajoy:dev:')).toBe('lunajoy:dev:');
  });
});
