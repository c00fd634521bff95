import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './parse-date.js';

describe('parseFeedDate', () => {
  it.each([
    ['Sun, 06 Jul 2014 12:56:00 GMT', '2014-07-06T12:56:00.000Z'],
    ['Sun, 6 Jul 2014 12:56:00 +0200', '2014-07-06T10:56:00.000Z'],
    ['Sun, 06 Jul 2014 12:56 EST', '2014-07-06T17:56:00.000Z'],
    ['06 Jul 2014 12:56:00 PDT', '2014-07-06T19:56:00.000Z'],
    ['Sunday, 06-Jul-14 12:56:00 GMT', '2014-07-06T12:56:00.000Z'],
    ['Sun, 06 July 2014 12:56:00 CEST', '2014-07-06T10:56:00.000Z'],
    ['Sun, 06 Jul 2014 12:56:00', '2014-07-06T12:56:00.000Z'],
    ['Sun, 06 Jul 2014 12:56:00 +0000 (UTC)', '2014-07-06T12:56:00.000Z'],
    ['Sun,06 Jul 2014 12:56:00 +05:30', '2014-07-06T07:26:00.000Z'],
    ['2014-07-06T12:56:00Z', '2014-07-06T12:56:00.000Z'],
    ['2014-07-06T12:56:00.52Z', '2014-07-06T12:56:00.520Z'],
    ['2014-07-06T12:56:00+01:00', '2014-07-06T11:56:00.000Z'],
    ['2014-07-06T12:56:00-0500', '2014-07-06T17:56:00.000Z'],
    ['2014-07-06 12:56:00', '2014-07-06T12:56:00.000Z'],
    ['2014-07-06T12:56', '2014-07-06T12:56:00.000Z'],
    ['2014-07-06', '2014-07-06T00:00:00.000Z'],
    ['2014-07', '2014-07-01T00:00:00.000Z'],
    ['Mon Jul 06 2014 12:56:00 GMT+0000', '2014-07-06T12:56:00.000Z'],
    ['July 6, 2014', '2014-07-06T00:00:00.000Z'],
    ['  Sun, 06 Jul 2014\n 12:56:00 GMT  ', '2014-07-06T12:56:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it('keeps future dates as they are', () => {
    expect(parseFeedDate('2999-01-01T00:00:00Z')).toBe('2999-01-01T00:00:00.000Z');
  });

  it.each(['', '   ', 'yesterday', 'not a date at all', '31 Feb 2014 10:00:00 GMT', '2014-13-01', 'Sun, 06 Jul 2014 99:99:99 GMT', '0000-00-00 00:00:00', '1 Jan 0001 00:00:00 GMT'])(
    'returns undefined for %j',
    (input) => {
      expect(parseFeedDate(input)).toBeUndefined();
    },
  );

  it('returns undefined for a missing value', () => {
    expect(parseFeedDate(undefined)).toBeUndefined();
  });
});
