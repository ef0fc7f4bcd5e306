import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as documents from '@portal/client';
import { eventually, parseExposition } from '@portal/platform/testing';
import { contractExamples } from '../lib/operations';
import type { TokenClaims } from '../lib/tokens';
import { useOwnStack } from './stack-fixture';

// The gateway's response cache (gateway/src/response-cache.ts) against the real portal: the
// cached gateway must answer every caller exactly what a gateway without the cache answers,
// learn of every change from the stream (the TTL here is a minute: only events can explain
// a fresh answer within seconds), and keep no error or partial answer.
const portal = useOwnStack({
  trustedDocuments: 'log',
  env: { RESPONSE_CACHE_TTL_MS: '60000' },
  moreGateways: [{ name: 'uncached', env: { RESPONSE_CACHE: 'off' } }],
});
const examples = contractExamples();

const admin: TokenClaims = { sub: 'idp|cache-admin', roles: ['AGENCY_ADMIN'] };
const owner: TokenClaims = { sub: 'idp|cache-owner', roles: ['COORDINATOR'] };
const other: TokenClaims = { sub: 'idp|cache-other', roles: ['COORDINATOR'] };
const lapsed: TokenClaims = { sub: 'idp|cache-lapsed', roles: ['COORDINATOR'] };
const tochigi: TokenClaims = { sub: 'idp|cache-tochigi', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
const analyst: TokenClaims = { sub: 'idp|cache-analyst', roles: ['MINISTRY_ANALYST'] };
const CALLERS = [admin, owner, other, lapsed, tochigi, analyst];

interface Answer {
  cache: string | null;
  data: unknown;
  codes: string[];
}

/** Sends a contract operation's text to one of the gateways, with the cache header it answered with. */
async function send(gateway: 'gateway' | 'uncached', caller: TokenClaims, name: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const document = (documents as Record<string, unknown>)[`${name}Document`] as TypedDocumentNode;
  const response = await fetch(portal.gatewayUrls[gateway]!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await portal.token(caller)}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { cache: response.headers.get('x-portal-cache'), data: body.data ?? null, codes: (body.errors ?? []).map((e) => String(e.extensions?.code)) };
}

const ok = async (caller: TokenClaims, name: string, variables?: Record<string, unknown>) => {
  const answer = await send('uncached', caller, name, variables);
  expect(answer.codes).toEqual([]);
  return answer.data as any;
};

/**
 * Once every event written so far is applied by every consumer (the services' and the
 * gateway's) and the gateway has had time to invalidate again (a second after it received
 * the last one): from then on, only the test's own requests change what the cache holds.
 */
async function eventsSettled(): Promise<void> {
  await portal.eventsApplied('the events relayed and applied');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

/** The cached gateway's response cache counters, from its /metrics (this machine may read them). */
async function cacheCounts(): Promise<Record<'hits' | 'misses' | 'stores', number>> {
  const metrics = parseExposition(await (await fetch(new URL('/metrics', portal.gatewayUrls.gateway))).text());
  const count = (name: string) => metrics.value(`portal_gateway_response_cache_${name}_total`, { service: 'gateway' }) ?? 0;
  return { hits: count('hits'), misses: count('misses'), stores: count('stores') };
}

const ids: Record<string, string> = {};
const tokyo = { filter: { prefectureCodes: ['13'] }, first: 20 };
const namesIn = (answer: Answer) => ((answer.data as any)?.coordinators?.edges ?? []).map((e: any) => e.node.name).sort();

describe('the response cache', () => {
  it('is given a directory with a private and a members-only contact, a suspended member, an announcement, an answered survey and a study meeting with a registration, all written past it', async () => {
    for (const [caller, name] of [
      [owner, '持主 一郎'],
      [other, '他人 二郎'],
      [lapsed, '停止 三郎'],
    ] as const) {
      const registered = await ok(admin, 'RegisterCoordinator', {
        input: { accountId: caller.sub, name, nameKana: 'カナ', cohortYear: 2025, email: `${caller.sub.slice(4)}@example.jp`, activityRegions: [{ prefectureCode: '13' }] },
      });
      ids[caller.sub] = registered.registerCoordinator.id;
    }
    // The owner's contact shows to themself and admins only; the other's, by their choice, to every member.
    await ok(owner, 'UpdateMyProfile', { input: { contactVisibility: 'PRIVATE', contact: { email: 'cache-owner@example.jp', phone: '03-1111-2222' } } });
    await ok(other, 'UpdateMyProfile', { input: { contactVisibility: 'MEMBERS', contact: { email: 'cache-other@example.jp', phone: '03-3333-4444' } } });
    await ok(admin, 'SetCertificationStatus', { id: ids[lapsed.sub], status: 'SUSPENDED' });
    ids.announcement = (await ok(admin, 'PublishAnnouncement', examples.PublishAnnouncement)).publishAnnouncement.id;
    // An approved partner the owner will endorse, and one only its proposer and admins see.
    ids.partner = (await ok(other, 'ProposePartner', examples.ProposePartner)).proposePartner.id;
    await ok(admin, 'ReviewPartner', { ...examples.ReviewPartner, id: ids.partner });
    await ok(other, 'ProposePartner', { input: { ...(examples.ProposePartner!.input as object), name: '提案中の連携先' } });
    // An open survey the other member answered, and a study meeting they registered for: what
    // each caller sees of them (myResponse, viewerIsRegistered) is theirs alone.
    const survey = (await ok(admin, 'CreateSurvey', examples.CreateSurvey)).createSurvey;
    ids.survey = survey.id;
    await ok(admin, 'OpenSurvey', { id: ids.survey });
    const [single, multiple, scale] = survey.questions;
    ids.response = (
      await ok(other, 'SubmitSurveyResponse', {
        surveyId: ids.survey,
        answers: [
          { questionId: single.id, optionIds: [single.options[0].id] },
          { questionId: multiple.id, optionIds: [multiple.options[1].id] },
          { questionId: scale.id, scale: 4 },
        ],
      })
    ).submitSurveyResponse.id;
    const { caseStudyIds: _published, ...meeting } = examples.ScheduleStudyMeeting!.input as Record<string, unknown>;
    ids.meeting = (await ok(admin, 'ScheduleStudyMeeting', { input: meeting })).scheduleStudyMeeting.id;
    await ok(other, 'RegisterForStudyMeeting', { id: ids.meeting });
    await eventsSettled();
  });

  const operations: [string, () => Record<string, unknown>][] = [
    ['DirectorySearch', () => tokyo],
    ['CoordinatorProfile', () => ({ id: ids[owner.sub] })],
    ['CoordinatorProfile', () => ({ id: ids[lapsed.sub] })],
    ['MyProfile', () => ({})],
    ['MyRenewal', () => ({})],
    ['AnnouncementInbox', () => ({ first: 20 })],
    ['Announcement', () => ({ id: ids.announcement })],
    ['PartnerDirectory', () => ({ first: 20 })],
    ['OpenSurveys', () => ({})],
    ['Survey', () => ({ id: ids.survey })],
    ['StudyMeetings', () => ({})],
    ['StudyMeeting', () => ({ id: ids.meeting })],
  ];

  it('is given personal fields that differ between callers of the same role', async () => {
    const [ownerSurvey, otherSurvey] = await Promise.all([owner, other].map((caller) => ok(caller, 'Survey', { id: ids.survey })));
    expect([ownerSurvey.survey.myResponse, otherSurvey.survey.myResponse?.id]).toEqual([null, ids.response]);
    const registered = await Promise.all([owner, other].map(async (caller) => (await ok(caller, 'StudyMeeting', { id: ids.meeting })).studyMeeting.viewerIsRegistered));
    expect(registered).toEqual([false, true]);
    const read = await Promise.all([owner, other].map(async (caller) => (await ok(caller, 'Announcement', { id: ids.announcement })).announcement.isRead));
    expect(read).toEqual([false, false]);
    const contacts = async (caller: TokenClaims) =>
      Object.fromEntries((await ok(caller, 'DirectorySearch', tokyo)).coordinators.edges.map((e: any) => [e.node.name, e.node.contact?.phone ?? null]));
    expect(await contacts(other)).toMatchObject({ '持主 一郎': null, '他人 二郎': '03-3333-4444' });
    expect(await contacts(owner)).toMatchObject({ '持主 一郎': '03-1111-2222', '他人 二郎': '03-3333-4444' });
    expect(await contacts(admin)).toMatchObject({ '持主 一郎': '03-1111-2222', '他人 二郎': '03-3333-4444' });
  });

  it('answers every caller, after every other caller, what the gateway without a cache answers', async () => {
    // Three times over, the second time in reverse order: every caller after every other one.
    for (const [round, order] of [CALLERS, [...CALLERS].reverse(), CALLERS].entries()) {
      // Marking read tells no event: the replica it goes through forgets what it touches.
      if (round === 1) {
        expect((await send('gateway', owner, 'MarkAnnouncementRead', { id: ids.announcement })).codes).toEqual([]);
        // Nor does endorsing: the owner's profile and every partner list show it at once.
        expect((await send('gateway', owner, 'EndorsePartner', { id: ids.partner })).codes).toEqual([]);
        // Registering tells an event too, which the round must not race: the cache forgets
        // the meeting at once for everyone, and again once the event has come and settled.
        expect((await send('gateway', owner, 'RegisterForStudyMeeting', { id: ids.meeting })).codes).toEqual([]);
        await eventsSettled();
      }
      const before = await cacheCounts();
      const answered = { hits: 0, refusals: 0 };
      for (const [name, variables] of operations) {
        for (const caller of order) {
          const cached = await send('gateway', caller, name, variables());
          const truth = await send('uncached', caller, name, variables());
          expect({ caller: caller.sub, name, data: cached.data, codes: cached.codes }).toEqual({ caller: caller.sub, name, data: truth.data, codes: truth.codes });
          // Nothing changed since the second round: every whole answer of the third comes from
          // the cache, so the comparison above did compare cached answers.
          if (round === 2) expect({ caller: caller.sub, name, cache: cached.cache }).toEqual({ caller: caller.sub, name, cache: cached.codes.length ? null : 'hit' });
          answered[cached.codes.length ? 'refusals' : 'hits'] += 1;
        }
      }
      // Its metrics tell the same: a refusal is looked for (a miss) and never kept.
      if (round === 2) {
        const after = await cacheCounts();
        expect({ hits: after.hits - before.hits, misses: after.misses - before.misses, stores: after.stores - before.stores }).toEqual({
          hits: answered.hits,
          misses: answered.refusals,
          stores: 0,
        });
      }
    }
  });

  it('shares the directory between members, but never a member\'s own entry with others', async () => {
    const first = await send('gateway', other, 'DirectorySearch', tokyo);
    expect(first.cache === 'hit' || first.cache === 'miss').toBe(true);
    expect((await send('gateway', other, 'DirectorySearch', tokyo)).cache).toBe('hit');
    const owners = await send('gateway', owner, 'DirectorySearch', tokyo);
    const contacts = (answer: Answer) => Object.fromEntries((answer.data as any).coordinators.edges.map((e: any) => [e.node.name, e.node.contact]));
    expect(contacts(owners)['持主 一郎']).toEqual({ email: 'cache-owner@example.jp', phone: '03-1111-2222' });
    expect(contacts(await send('gateway', other, 'DirectorySearch', tokyo))['持主 一郎']).toBeNull();
  });

  it('keeps no error: a suspended member is refused every time, never from the cache', async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await send('gateway', lapsed, 'DirectorySearch', tokyo);
      expect(answer).toMatchObject({ cache: null, codes: ['FORBIDDEN'] });
    }
  });

  it('learns every change of the directory from the stream, not from its TTL', async () => {
    const member = other;
    const search = () => send('gateway', member, 'DirectorySearch', tokyo);
    const profile = (id: string) => send('gateway', member, 'CoordinatorProfile', { id });
    await search();
    await profile(ids[owner.sub]!);
    expect((await search()).cache).toBe('hit');

    // coordinator.registered
    const newcomer = await ok(admin, 'RegisterCoordinator', { input: { accountId: 'idp|cache-new', name: '新人 四郎', nameKana: 'カナ', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] } });
    await eventually(async () => namesIn(await search()).includes('新人 四郎'), 'a registration in the cached directory', 5_000);
    // coordinator.profile_updated, by another member than the one reading
    await ok(owner, 'UpdateMyProfile', { input: { bio: '更新された紹介文' } });
    await eventually(async () => ((await profile(ids[owner.sub]!)).data as any).coordinator.bio === '更新された紹介文', 'a profile edit in the cached profile', 5_000);
    await ok({ sub: 'idp|cache-new', roles: ['COORDINATOR'] }, 'UpdateMyProfile', { input: { activityRegions: [{ prefectureCode: '14' }] } });
    await eventually(async () => !namesIn(await search()).includes('新人 四郎'), 'a member moving out of the cached Tokyo list', 5_000);
    // coordinator.certification_changed
    await ok(admin, 'SetCertificationStatus', { id: ids[lapsed.sub], status: 'ACTIVE' });
    await eventually(async () => namesIn(await search()).includes('停止 三郎'), 'a reinstatement in the cached directory', 5_000);
    // coordinator.erased
    await ok(admin, 'EraseCoordinator', { id: newcomer.registerCoordinator.id });
    await eventually(async () => ((await profile(newcomer.registerCoordinator.id)).data as any)?.coordinator === null, 'an erasure in the cached profile', 5_000);
  });

  it('learns of a new announcement from the stream', async () => {
    const inbox = () => send('gateway', other, 'AnnouncementInbox', { first: 20 });
    // The erasure before clears the cache again once other services have followed it.
    await eventually(async () => (await inbox()).cache === 'hit', 'the inbox cached');
    const published = await ok(admin, 'PublishAnnouncement', { input: { ...(examples.PublishAnnouncement!.input as object), title: '二件目のお知らせ' } });
    await eventually(
      async () => ((await inbox()).data as any).announcements.edges.some((e: any) => e.node.id === published.publishAnnouncement.id),
      'a publication in the cached inbox',
      5_000,
    );
  });

  it('keeps no partial answer: a profile missing its partners is asked again once they are back', async () => {
    const partners = () => portal.processes.find((process) => process.name === 'partners')!;
    await partners().stop();
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await send('gateway', other, 'CoordinatorProfile', { id: ids[other.sub] });
        expect(answer.codes).toContain('SUBGRAPH_UNAVAILABLE');
        expect(answer.cache).toBeNull();
      }
    } finally {
      await portal.restart('partners');
    }
    await eventually(async () => (await send('gateway', other, 'CoordinatorProfile', { id: ids[other.sub] })).codes.length === 0, 'the profile whole again', 20_000);
  });

  it('keeps no figure and no notification: no event says when they change', async () => {
    for (const [caller, name] of [
      [analyst, 'ReportingFreshness'],
      [other, 'MyNotifications'],
    ] as const) {
      for (let i = 0; i < 2; i++) expect(await send('gateway', caller, name, examples[name] ?? {})).toMatchObject({ cache: null, codes: [] });
    }
  });

  it('is off with RESPONSE_CACHE=off', async () => {
    for (let i = 0; i < 2; i++) expect((await send('uncached', other, 'DirectorySearch', tokyo)).cache).toBeNull();
  });
});
