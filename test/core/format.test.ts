import { expect } from '@open-wc/testing';
import { checkDate, isDateOnly, localDay, toTime } from '../../src/core/dates.js';
import {
  compactDigits,
  dateFormat,
  formatDate,
  formatDelta,
  formatNumber,
  formatPercent,
  formatValueParts,
  isValidLocale,
  numberFormat,
  safeLocale,
} from '../../src/core/format.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('formats with the metric format and appends the free-text unit after a space', () => {
    expect(formatNumber(45.27, 'en-US', { maximumFractionDigits: 0 }, 'pts')).to.equal('45 pts');
    expect(formatNumber(1234.5, 'en-US')).to.equal('1,234.5');
    expect(formatNumber(0.723, 'en-US', { style: 'percent', maximumFractionDigits: 1 })).to.equal('72.3%');
    expect(
      formatNumber(10319818.54, 'en-US', { style: 'currency', currency: 'EUR', notation: 'compact' }),
    ).to.equal('€10M');
    expect(formatNumber(5, 'en-US', { style: 'unit', unit: 'day' })).to.equal('5 days');
  });

  it('follows the locale', () => {
    expect(formatNumber(1234.5, 'de-DE')).to.equal('1.234,5');
    expect(formatNumber(1234.5, 'de-DE', undefined, 'Tickets')).to.equal('1.234,5 Tickets');
    expect(formatNumber(1234.5, 'fr-FR')).to.equal(`1${NNBSP}234,5`);
  });

  it('shows a missing or non-finite value as a dash', () => {
    for (const value of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(formatNumber(value, 'en-US', undefined, 'pts')).to.equal('—');
    }
  });

  it('falls back to en-US for a locale Intl rejects, and to decimals for options it rejects', () => {
    expect(formatNumber(1234.5, 'de_DE')).to.equal('1,234.5');
    expect(formatNumber(1234.5, undefined)).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'de-DE', { style: 'currency', currency: 'EURO' })).to.equal('1.234,5');
  });
});

describe('formatDelta', () => {
  it('always signs a change', () => {
    expect(formatDelta(2.17, 'en-US', { maximumFractionDigits: 1 })).to.equal('+2.2');
    expect(formatDelta(-0.37, 'en-US', { maximumFractionDigits: 1 }, 'days')).to.equal('-0.4 days');
    expect(formatDelta(3, 'en-US', { maximumFractionDigits: 0 }, 'pts')).to.equal('+3 pts');
    expect(formatDelta(0.01, 'en-US', { style: 'percent' })).to.equal('+1%');
    expect(formatDelta(1500, 'de-DE', { style: 'currency', currency: 'EUR' })).to.equal(`+1.500,00${NBSP}€`);
  });

  it('overrides the metric signDisplay', () => {
    expect(formatDelta(-2, 'en-US', { signDisplay: 'never' })).to.equal('-2');
  });

  it('shows no sign on a change that is or rounds to zero', () => {
    expect(formatDelta(0, 'en-US')).to.equal('0');
    expect(formatDelta(0.0001, 'en-US', { maximumFractionDigits: 0 })).to.equal('0');
    expect(formatDelta(-0.0001, 'en-US', { maximumFractionDigits: 0 })).to.equal('0');
  });

  it('shows a missing change as a dash', () => {
    expect(formatDelta(undefined, 'en-US')).to.equal('—');
    expect(formatDelta(NaN, 'en-US')).to.equal('—');
  });
});

describe('formatPercent', () => {
  it('formats a ratio with up to one fraction digit by default', () => {
    expect(formatPercent(0.0503, 'en-US')).to.equal('5%');
    expect(formatPercent(0.0567, 'en-US')).to.equal('5.7%');
    expect(formatPercent(-0.1234, 'en-US')).to.equal('-12.3%');
    expect(formatPercent(0.5, 'de-DE')).to.equal(`50${NBSP}%`);
  });

  it('signs gains and losses when asked, but not zero', () => {
    expect(formatPercent(0.0503, 'en-US', { signed: true })).to.equal('+5%');
    expect(formatPercent(-0.0503, 'en-US', { signed: true })).to.equal('-5%');
    expect(formatPercent(0, 'en-US', { signed: true })).to.equal('0%');
  });

  it('takes the number of fraction digits', () => {
    expect(formatPercent(0.12345, 'en-US', { maximumFractionDigits: 2 })).to.equal('12.35%');
    expect(formatPercent(0.12345, 'en-US', { maximumFractionDigits: 0 })).to.equal('12%');
  });

  it('shows a missing ratio as a dash', () => {
    expect(formatPercent(undefined, 'en-US')).to.equal('—');
  });
});

describe('formatDate', () => {
  it('formats a calendar day in UTC, whatever time zone is asked for', () => {
    expect(formatDate('2026-09-30', 'en-US')).to.equal('Sep 30, 2026');
    const pacific: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'America/Los_Angeles' };
    expect(formatDate('2026-09-30', 'en-US', pacific)).to.equal('Sep 30, 2026');
    expect(formatDate('2026-01-01', 'en-US', { year: 'numeric', timeZone: 'Pacific/Honolulu' })).to.equal(
      '2026',
    );
  });

  it('formats an instant in the time zone asked for', () => {
    const utc: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
    expect(formatDate('2026-01-31T23:30:00-05:00', 'en-US', utc)).to.equal('Feb 1, 2026');
    expect(formatDate(Date.UTC(2026, 8, 30, 3), 'en-US', { ...utc, timeZone: 'America/New_York' })).to.equal(
      'Sep 29, 2026',
    );
  });

  it('follows the locale', () => {
    expect(formatDate('2026-09-30', 'de-DE', { dateStyle: 'long' })).to.equal('30. September 2026');
    expect(formatDate('2026-09-30', 'en_US')).to.equal('Sep 30, 2026');
  });

  it('shows an invalid or missing date as a dash', () => {
    for (const date of ['2026-02-30', 'soon', NaN, undefined, null]) {
      expect(formatDate(date, 'en-US')).to.equal('—');
    }
  });

  it('falls back to the default style for options Intl rejects', () => {
    expect(formatDate('2026-09-30T12:00:00Z', 'en-US', { timeZone: 'Mars/Olympus_Mons' })).to.equal(
      '9/30/2026',
    );
    expect(formatDate('2026-09-30', 'en-US', { dateStyle: 'medium', year: 'numeric' })).to.equal('9/30/2026');
  });
});

describe('formatter cache', () => {
  it('keeps one formatter per locale and options, whatever the key order', () => {
    const a = numberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
    const b = numberFormat('en-US', { maximumFractionDigits: 1, style: 'percent' });
    expect(a).to.equal(b);
    expect(numberFormat('en-US', { style: 'percent' })).to.not.equal(a);
    expect(numberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 })).to.not.equal(a);
    expect(dateFormat('en-US', { timeZone: 'UTC', year: 'numeric' })).to.equal(
      dateFormat('en-US', { year: 'numeric', timeZone: 'UTC' }),
    );
  });

  it('shares the en-US formatter with a rejected locale', () => {
    expect(numberFormat('en_US')).to.equal(numberFormat('en-US'));
  });
});

describe('locales', () => {
  it('accepts what Intl accepts', () => {
    expect(['en-US', 'de', 'zh-Hant-TW', 'zz'].map(isValidLocale)).to.deep.equal([true, true, true, true]);
    expect(['en_US', '', 'x', 5, undefined].map(isValidLocale)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([safeLocale('fr-CA'), safeLocale('fr_CA'), safeLocale(undefined)]).to.deep.equal([
      'fr-CA',
      'en-US',
      'en-US',
    ]);
  });
});

describe('dates', () => {
  it('reads a calendar day as UTC midnight', () => {
    expect(toTime('2026-01-31')).to.equal(Date.UTC(2026, 0, 31));
    expect(toTime('0050-06-01')).to.equal(new Date('0050-06-01T00:00:00Z').getTime());
    expect(toTime('2000-02-29')).to.equal(Date.UTC(2000, 1, 29));
  });

  it('reads date-times with their offset', () => {
    expect(toTime('2026-01-31T10:00:00Z')).to.equal(Date.UTC(2026, 0, 31, 10));
    expect(toTime('2026-01-31T10:00:00+02:00')).to.equal(Date.UTC(2026, 0, 31, 8));
    expect(toTime('2026-01-31T10:00-05:30')).to.equal(Date.UTC(2026, 0, 31, 15, 30));
    expect(toTime('2026-01-31T10:00:00.123456Z')).to.equal(Date.UTC(2026, 0, 31, 10, 0, 0, 123));
    expect(toTime('2026-01-31T00:00:00Z')).to.equal(toTime('2026-01-31'));
  });

  it('reads epoch milliseconds within the Date range', () => {
    expect(toTime(0)).to.equal(0);
    expect(toTime(-8.64e15)).to.equal(-8.64e15);
    expect(toTime(8.64e15 + 1)).to.equal(undefined);
    expect(toTime(NaN)).to.equal(undefined);
  });

  it('rejects impossible days and times and says why', () => {
    expect(checkDate('2026-13-01')).to.deep.equal({ problem: 'no such calendar day' });
    expect(checkDate('2026-02-29')).to.deep.equal({ problem: 'no such calendar day' });
    expect(checkDate('1900-02-29')).to.deep.equal({ problem: 'no such calendar day' });
    expect(checkDate('2026-00-10')).to.deep.equal({ problem: 'no such calendar day' });
    expect(checkDate('2026-01-31T10:60Z')).to.deep.equal({ problem: 'no such time of day' });
    expect(checkDate('2026-01-31T10:00:00+01:60')).to.deep.equal({ problem: 'no such offset' });
    expect(checkDate('2026-01-31T10:00')).to.deep.equal({
      problem: 'a date-time needs an offset: Z or ±hh:mm',
    });
    expect(checkDate('Jan 31 2026')).to.deep.equal({ problem: 'not a date' });
    expect(checkDate({})).to.deep.equal({ problem: 'not a date' });
  });

  it('tells calendar days apart from other dates', () => {
    expect([
      isDateOnly('2026-01-31'),
      isDateOnly('2026-02-30'),
      isDateOnly('2026-01-31T00:00Z'),
      isDateOnly(0),
    ]).to.deep.equal([true, false, false, false]);
  });

  it('gives the local calendar day of a moment', () => {
    expect(localDay(new Date(2026, 8, 30, 23, 59))).to.equal('2026-09-30');
    expect(localDay(new Date(2026, 0, 1, 0, 0))).to.equal('2026-01-01');
  });
});

describe('compactDigits', () => {
  it('keeps enough digits that the change shows in a compact value', () => {
    // €10.32M after +€254K: a step of €10K is finer than a tenth of the change.
    expect(compactDigits(10_324_000, 254_000)).to.equal(2);
    expect(
      numberFormat('en-US', {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 2,
      }).format(10_324_000),
    ).to.equal('€10.32M');
    expect(compactDigits(10_324_000, 2_500_000)).to.equal(1);
    expect(compactDigits(1_500, 3)).to.equal(3);
    expect(compactDigits(870, 30)).to.equal(0);
  });

  it('says nothing without a change', () => {
    expect(compactDigits(10_000_000, 0)).to.equal(undefined);
    expect(compactDigits(10_000_000, undefined)).to.equal(undefined);
    expect(compactDigits(undefined, 5)).to.equal(undefined);
    expect(compactDigits(Number.NaN, 5)).to.equal(undefined);
  });
});

describe('formatValueParts', () => {
  it('splits the free-text unit and Intl unit words from the figure', () => {
    expect(formatValueParts(45, 'en-US', { maximumFractionDigits: 0 }, 'pts')).to.deep.equal({
      figure: '45',
      unit: 'pts',
    });
    expect(
      formatValueParts(4.6, 'en-US', { style: 'unit', unit: 'day', unitDisplay: 'long' } as never),
    ).to.deep.equal({
      figure: '4.6',
      unit: 'days',
    });
  });

  it('keeps currency symbols and percent signs in the figure', () => {
    expect(formatValueParts(0.72, 'en-US', { style: 'percent' })).to.deep.equal({ figure: '72%', unit: '' });
    expect(formatValueParts(1200, 'de-DE', { style: 'currency', currency: 'EUR' })).to.deep.equal({
      figure: '1.200,00\u00a0€',
      unit: '',
    });
  });

  it('shows a missing value as a dash', () => {
    expect(formatValueParts(undefined, 'en-US')).to.deep.equal({ figure: '—', unit: '' });
  });
});
