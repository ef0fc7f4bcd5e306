import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@portal/platform/events';
import { CertificationProjection } from '../src/certifications';

const coordinatorId = randomUUID();
const snapshot = (type: string, certificationStatus: string, validUntil = '2028-03-31'): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  producer: 'coordinators',
  data: { coordinatorId, accountId: 'idp|c-1', prefectureCodes: ['09'], primaryPrefectureCode: '09', fields: [], languages: [], certificationStatus, validUntil },
});
const erased: EventEnvelope = { ...snapshot('coordinator.erased', 'ACTIVE'), data: { coordinatorId, accountId: 'idp|c-1' } };
const at = new Date('2028-04-01T03:00:00Z');

describe('the certification projection of the gateway', () => {
  it('follows the latest snapshot of each account', () => {
    const projection = new CertificationProjection();
    projection.apply(snapshot('coordinator.registered', 'ACTIVE'));
    expect(projection.isInactive('idp|c-1', 90, at)).toBe(false);
    projection.apply(snapshot('coordinator.certification_changed', 'SUSPENDED'));
    expect(projection.isInactive('idp|c-1', 90, at)).toBe(true);
    projection.apply(snapshot('coordinator.certification_changed', 'ACTIVE'));
    expect(projection.isInactive('idp|c-1', 0, at)).toBe(true);
    expect(projection.isInactive('idp|c-1', 1, at)).toBe(false);
  });

  it('forgets an erased account, and a snapshot of theirs arriving later changes nothing', () => {
    const projection = new CertificationProjection();
    projection.apply(snapshot('coordinator.certification_changed', 'REVOKED'));
    projection.apply(erased);
    expect(projection.isInactive('idp|c-1', 90, at)).toBe(false);
    projection.apply(snapshot('coordinator.certification_changed', 'REVOKED'));
    expect(projection.isInactive('idp|c-1', 90, at)).toBe(false);
  });

  it('judges an account it never heard of by its roles alone', () => {
    expect(new CertificationProjection().isInactive('idp|unknown', 90, at)).toBe(false);
  });

  it('refuses an event whose data is not a coordinator snapshot, changing nothing', () => {
    const projection = new CertificationProjection();
    projection.apply(snapshot('coordinator.certification_changed', 'SUSPENDED'));
    expect(() => projection.apply({ ...snapshot('coordinator.certification_changed', 'ACTIVE'), data: { accountId: 'idp|c-1' } })).toThrow();
    expect(projection.isInactive('idp|c-1', 90, at)).toBe(true);
  });
});
