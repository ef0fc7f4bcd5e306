import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { analyst, exampleSurvey, member, REPORTED_SURVEYS, REPORTING_FRESHNESS, tochigi, useReportingService } from './helpers';

const service = useReportingService({ smallCellK: 3 });

describe('reportedSurveys and reportingFreshness', () => {
  it('lists the surveys reporting has seen, released ones once every response is counted', async () => {
    const open = exampleSurvey();
    const closed = exampleSurvey();
    const counting = exampleSurvey();
    await service.apply(open.opened, closed.opened, counting.opened, closed.response('09', {}), closed.closed(1), { ...counting.closed(2), occurredAt: new Date().toISOString() }, counting.response('13', {}));
    const { reportedSurveys } = await service.ok(tochigi, REPORTED_SURVEYS);
    const byId = Object.fromEntries(reportedSurveys.map((s: any) => [s.id, s]));
    expect(reportedSurveys).toHaveLength(3);
    expect(reportedSurveys[0].id).toBe(open.surveyId);
    expect(byId[open.surveyId]).toEqual({ id: open.surveyId, survey: { id: open.surveyId }, closesAt: null, releasedAt: null });
    expect(byId[closed.surveyId].releasedAt).toEqual(expect.any(String));
    // Closed just now, and one of its two responses is still on its way.
    expect(byId[counting.surveyId].releasedAt).toBeNull();
  });

  it('says how fresh the data is and which k protects it, to every reporting role only', async () => {
    const res = await service.run(analyst, REPORTING_FRESHNESS);
    expect(res.data).toEqual({ reportingFreshness: { lastEventAt: expect.any(String), smallCellK: 3 } });
    expect(errorCodes(await service.run(member, REPORTING_FRESHNESS))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.run(member, REPORTED_SURVEYS))).toEqual(['FORBIDDEN']);
  });
});
