import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@portal/platform/testing';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useOwnStack, type GraphQLResult } from './stack-fixture';

const TIMEOUT_MS = 2000;
const BREAKER_FAILURES = 2;
// Trusted documents logged: one check sends an operation over three roots that no portal client sends.
// No response cache: every request here must reach the subgraphs it fails on.
const portal = useOwnStack({
  trustedDocuments: 'log',
  env: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), SUBGRAPH_BREAKER_FAILURES: String(BREAKER_FAILURES), SUBGRAPH_BREAKER_HALF_OPEN_MS: '3000', RESPONSE_CACHE: 'off' },
});
const examples = contractExamples();
// The graduate RegisterCoordinator's example registers: author of a case, endorser of a partner.
const graduate = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const], prefectureCodes: ['13'] };
const member = { sub: 'idp|c-0002', roles: ['COORDINATOR' as const] };

const UNAVAILABLE = 'This part of the portal is unavailable at the moment; please try again shortly';
const unavailableAt = (...path: string[]) => ({ message: UNAVAILABLE, path, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
const partners = () => portal.processes.find((process) => process.name === 'partners')!;

async function ok(caller: typeof admin | typeof graduate, operation: string, variables: Record<string, unknown>) {
  const res = await portal.sendOperation(caller, operation, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('one subgraph down: the rest of an operation is answered', () => {
  let profile: Record<string, unknown>;
  const askProfile = () => portal.sendOperation(member, 'CoordinatorProfile', { id: profile.id });
  async function timed(ask: () => Promise<GraphQLResult>) {
    const started = performance.now();
    const res = await ask();
    return { res, ms: performance.now() - started };
  }

  beforeAll(async () => {
    const id = (await ok(admin, 'RegisterCoordinator', examples.RegisterCoordinator!)).registerCoordinator.id;
    await ok(graduate, 'UpdateMyProfile', examples.UpdateMyProfile!);
    const caseId = (await ok(graduate, 'DraftCaseStudy', examples.DraftCaseStudy!)).createCaseStudyDraft.id;
    await ok(graduate, 'SubmitCaseStudy', { ...examples.SubmitCaseStudy, id: caseId });
    const { publishedAt } = (await ok(admin, 'ReviewCaseStudy', { ...examples.ReviewCaseStudy, id: caseId })).reviewCaseStudy;
    const partnerId = (await ok(graduate, 'ProposePartner', examples.ProposePartner!)).proposePartner.id;
    await ok(admin, 'ReviewPartner', { ...examples.ReviewPartner, id: partnerId });
    await ok(graduate, 'EndorsePartner', { id: partnerId });
    profile = {
      id,
      name: 'グエン・ティ・ラン',
      bio: 'ベトナム語・英語で医療と労働の相談に対応しています。',
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      endorsedPartners: [{ id: partnerId, name: '大阪府居住支援法人 すまいサポート', fields: ['HOUSING', 'DAILY_LIFE'] }],
      caseStudies: [{ id: caseId, title: '技能実習生の未払い賃金相談を労働基準監督署につないだ事例', kind: 'CONSULTATION', publishedAt }],
    };
    expect(await askProfile()).toEqual({ status: 200, data: { coordinator: profile }, errors: undefined });
  }, 60_000);

  // A test that fails while partners is paused must not leave it paused for the teardown.
  afterAll(() => {
    partners().child.kill('SIGCONT');
  });

  describe('partners stopped', () => {
    beforeAll(() => partners().stop());

    it('CoordinatorProfile keeps the name, bio and case studies, with an error at endorsedPartners', async () => {
      const res = await askProfile();
      expect(res).toEqual({ status: 200, data: { coordinator: { ...profile, endorsedPartners: null } }, errors: [unavailableAt('coordinator', 'endorsedPartners')] });
    });

    it('an operation over me, caseStudies and partners answers the first two', async () => {
      const res = await portal.sendText(graduate, '{ me { id name } caseStudies { totalCount } partners { totalCount } }');
      expect(res).toEqual({
        status: 200,
        data: { me: { id: profile.id, name: profile.name }, caseStudies: { totalCount: 1 }, partners: null },
        errors: [unavailableAt('partners')],
      });
      // Which service failed, and where it runs, is for the operator's log only.
      expect(JSON.stringify(res)).not.toMatch(/serviceName|127\.0\.0\.1|http:/);
    });

    it('once partners is back, its data returns', async () => {
      await portal.restart('partners');
      await eventually(async () => !(await askProfile()).errors, 'CoordinatorProfile without errors', 30_000);
      expect((await askProfile()).data).toEqual({ coordinator: profile });
    }, 60_000);
  });

  // The timings below check the timeout and the breaker, not speed: the margins are seconds.
  describe('partners hanging (paused, answering nothing)', () => {
    beforeAll(() => {
      partners().child.kill('SIGSTOP');
    });

    it(`waits no longer than the timeout for it: the error is at its path`, async () => {
      for (let i = 0; i < BREAKER_FAILURES; i++) {
        const { res, ms } = await timed(askProfile);
        expect(res).toEqual({ status: 200, data: { coordinator: { ...profile, endorsedPartners: null } }, errors: [unavailableAt('coordinator', 'endorsedPartners')] });
        expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
        expect(ms).toBeLessThan(2 * TIMEOUT_MS);
      }
    });

    it(`after ${BREAKER_FAILURES} timeouts the breaker is open: requests fail at once instead of waiting`, async () => {
      for (let i = 0; i < 3; i++) {
        const { res, ms } = await timed(askProfile);
        expect(res.errors).toEqual([unavailableAt('coordinator', 'endorsedPartners')]);
        expect(ms).toBeLessThan(TIMEOUT_MS / 2);
      }
    });

    it('once partners answers again, the breaker closes and its data returns', async () => {
      partners().child.kill('SIGCONT');
      await eventually(async () => !(await askProfile()).errors, 'CoordinatorProfile without errors', 30_000);
      expect((await askProfile()).data).toEqual({ coordinator: profile });
    }, 60_000);
  });
});
