import { describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATION_GRACE_DAYS, graceEndsOn, isCertificationInactive } from '../src';

// 2027-03-31 00:30 in Japan is 2027-03-30 15:30 UTC: the Japanese date decides.
const at = (japanDate: string) => new Date(`${japanDate}T00:30:00+09:00`);

describe('isCertificationInactive', () => {
  it('has a grace period of 90 days by default', () => {
    expect(DEFAULT_CERTIFICATION_GRACE_DAYS).toBe(90);
  });

  it('keeps an active certification through its validity and the grace period, and ends it the day after', () => {
    const state = { certificationStatus: 'ACTIVE', validUntil: '2027-01-31' };
    expect(graceEndsOn('2027-01-31', 90)).toBe('2027-05-01');
    expect(isCertificationInactive(state, { now: at('2027-01-31') })).toBe(false);
    expect(isCertificationInactive(state, { now: at('2027-02-01') })).toBe(false);
    expect(isCertificationInactive(state, { now: at('2027-05-01') })).toBe(false);
    expect(isCertificationInactive(state, { now: at('2027-05-02') })).toBe(true);
  });

  it('follows a configured grace period, zero included', () => {
    const state = { certificationStatus: 'ACTIVE', validUntil: '2027-01-31' };
    expect(isCertificationInactive(state, { now: at('2027-02-01'), graceDays: 0 })).toBe(true);
    expect(isCertificationInactive(state, { now: at('2027-01-31'), graceDays: 0 })).toBe(false);
    expect(isCertificationInactive(state, { now: at('2027-03-02'), graceDays: 30 })).toBe(false);
    expect(isCertificationInactive(state, { now: at('2027-03-03'), graceDays: 30 })).toBe(true);
  });

  it('ends access at once for a suspended or revoked certification, however long it is valid', () => {
    for (const certificationStatus of ['SUSPENDED', 'REVOKED']) {
      expect(isCertificationInactive({ certificationStatus, validUntil: '2030-01-01' }, { now: at('2027-01-01') })).toBe(true);
    }
  });

  it('counts days in Japan, across a leap day', () => {
    expect(graceEndsOn('2028-02-01', 90)).toBe('2028-05-01');
    // 2027-05-01 at 23:30 UTC is already 2027-05-02 in Japan.
    expect(isCertificationInactive({ certificationStatus: 'ACTIVE', validUntil: '2027-01-31' }, { now: new Date('2027-05-01T23:30:00Z') })).toBe(true);
  });
});
