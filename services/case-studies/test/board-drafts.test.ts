import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@portal/platform/events';
import { applyEvents } from '@portal/platform/testing';
import { applyCaseStudyRequest } from '../src/board-drafts';
import { CHECKLIST, coordinator, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const asker = coordinator('idp|board-asker');
const other = coordinator('idp|board-reader');

const request = (): EventEnvelope => ({
  id: randomUUID(),
  type: 'consultation.case_study_requested',
  version: 1,
  occurredAt: '2026-11-20T01:00:00.000Z',
  producer: 'collaboration',
  data: {
    authorAccountId: asker.sub,
    fields: ['MEDICAL'],
    prefectureCode: '09',
    title: '夜間に受診できる医療通訳の探し方',
    summary: 'ネパール語の医療通訳が夜間に必要な相談が増えています。',
    body: '【相談】\nネパール語の医療通訳が夜間に必要な相談が増えています。\n\n【解決につながった回答】\n県の国際交流協会が夜間の電話通訳を委託しています。',
  },
});

const MINE = /* GraphQL */ `{ caseStudies(filter: { mine: true, statuses: [DRAFT] }) { edges { node { id kind title summary body fields prefectureCode status createdAt } } } }`;

describe('a solved board thread turned into a case study', () => {
  it('becomes a DRAFT of its asker, which only they see and submit like any other', async () => {
    const event = request();
    await applyEvents(service.databaseUrl, applyCaseStudyRequest, event);
    const drafts = (await service.ok(asker, MINE)).caseStudies.edges.map((e: any) => e.node);
    const data = event.data as Record<string, string>;
    expect(drafts).toEqual([
      { id: expect.any(String), kind: 'CONSULTATION', title: data.title, summary: data.summary, body: data.body, fields: ['MEDICAL'], prefectureCode: '09', status: 'DRAFT', createdAt: '2026-11-20T01:00:00.000Z' },
    ]);
    expect((await service.ok(other, MINE)).caseStudies.edges).toEqual([]);
    const submitted = await service.ok(asker, 'mutation($id: ID!, $c: AnonymizationChecklistInput!) { submitCaseStudy(id: $id, checklist: $c) { status } }', { id: drafts[0].id, c: CHECKLIST });
    expect(submitted.submitCaseStudy.status).toBe('SUBMITTED');
  });
});
