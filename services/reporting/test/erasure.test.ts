import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyBatchOnce, type EventEnvelope } from '@portal/platform/events';
import { applyEvents, erasureEvent, mentionsIn, useSubgraph } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import { applyReportingEvents, REPORTING_CONSUMER } from '../src/projection';
import { analyst, coordinatorRegistered, exampleSurvey, PARTNER_COVERAGE, SURVEY_DASHBOARD } from './helpers';

const service = useSubgraph(reporting);
/** Through the consumer's inbox, as the live consumer applies them. */
const apply = (...events: EventEnvelope[]) =>
  applyEvents(service.databaseUrl, (tx, event) => applyBatchOnce(tx, REPORTING_CONSUMER, [event], applyReportingEvents).then(() => {}), ...events);

const medicalCoordinators = async () =>
  (await service.ok(analyst, PARTNER_COVERAGE, { prefectureCode: '09' })).partnerCoverage.find((row: { field: string }) => row.field === 'MEDICAL')
    .coordinatorCount;

describe('a coordinator erased from reporting', () => {
  const registered = coordinatorRegistered('idp|reporting-erased', { fields: ['MEDICAL'] });
  const erasure = erasureEvent({ coordinatorId: registered.data.coordinatorId as string, accountId: 'idp|reporting-erased' });
  const survey = exampleSurvey();
  let report: unknown;

  beforeAll(async () => {
    // Seven others stay, so that the count is one a dashboard shows (more than k).
    const staying = Array.from({ length: 7 }, (_, i) => coordinatorRegistered(`idp|reporting-stays-${i}`, { fields: ['MEDICAL'] }));
    await apply(registered, ...staying, survey.opened);
    await apply(...Array.from({ length: 6 }, () => survey.response('09', { q1: { optionIds: ['q1o1'] }, q3: { scale: 4 } })), survey.closed(6));
    report = await service.ok(analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId });
    expect(await medicalCoordinators()).toBe(8);
    expect(await mentionsIn(service.databaseUrl, ['idp|reporting-erased'])).not.toEqual([]);
    await apply(erasure);
  });

  it('forgets them in its coordinator projection', async () => {
    expect(await mentionsIn(service.databaseUrl, ['idp|reporting-erased'])).toEqual([]);
  });

  it('no longer counts them among the coordinators working in their prefecture', async () => {
    expect(await medicalCoordinators()).toBe(7);
  });

  it('leaves survey results as they were, but for the freshness mark', async () => {
    const after = await service.ok(analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId });
    const withoutFreshness = (r: any) => ({ ...r.surveyReport, lastEventAt: undefined });
    expect(withoutFreshness(after)).toEqual(withoutFreshness(report));
    expect(after.surveyReport.totalResponses).toBe(6);
  });

  it('is not undone by a snapshot of theirs that comes after it, nor by the same erasure under another id', async () => {
    await apply({ ...registered, id: randomUUID() }, { ...erasure, id: randomUUID() });
    expect(await mentionsIn(service.databaseUrl, ['idp|reporting-erased'])).toEqual([]);
    expect(await medicalCoordinators()).toBe(7);
  });
});
