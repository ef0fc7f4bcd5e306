import { describe, expect, it } from 'vitest';
import { screenForPersonalData } from '@portal/platform';
import { DEMO_QUESTIONS, DEMO_REFERRAL_NEEDS } from '../src/demo/content';
import { seedDemoData } from '../src/demo/seed-database';
import { admin, coordinator, useCollaborationService } from './helpers';

const service = useCollaborationService();
const demo1 = coordinator('demo|c-0001');

describe('demo data', () => {
  it('is added once, to an empty database', async () => {
    const { inserted } = await seedDemoData(service.databaseUrl);
    expect(inserted).toBeGreaterThan(0);
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0 });
  });

  it('has referrals in every status, from every region of the senders', async () => {
    const all = (await service.ok(admin, '{ referrals(first: 100) { totalCount edges { node { status originPrefectureCode destinationPrefectureCode history { action } } } } }')).referrals;
    const nodes = all.edges.map((e: any) => e.node);
    // 30 current ones and 42 of the fiscal year 2025 (six flows, seven senders each).
    expect(all.totalCount).toBe(72);
    expect(new Set(nodes.map((n: any) => n.status))).toEqual(new Set(['OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN']));
    expect(nodes.every((n: any) => n.originPrefectureCode !== n.destinationPrefectureCode && n.history[0].action === 'SENT')).toBe(true);
  });

  it('announces every referral step by step, with the sender as a pseudonym', async () => {
    const events = (await service.outbox()).filter((e) => e.type.startsWith('referral.'));
    // Sent, then each step: 60 for the current 30, 3 for each of 35 completed and 2 for each of 7 declined past ones.
    expect(events.filter((e) => e.type === 'referral.status_changed')).toHaveLength(60 + 35 * 3 + 7 * 2);
    expect(events.filter((e) => e.type === 'referral.declined')).toHaveLength(6 + 7);
    const tokyo = events.filter((e) => e.data.originPrefectureCode === '13' && e.data.status === 'COMPLETED');
    expect(tokyo).toHaveLength(7);
    expect(new Set(tokyo.map((e) => e.data.contributorId)).size).toBe(7);
    expect(JSON.stringify(events)).not.toContain('demo|');
  });

  it('shows demo coordinator 1 the referrals they sent and received, and nobody else’s', async () => {
    const mine = (await service.ok(demo1, '{ referrals(first: 100) { edges { node { sentByMe receivers { isMe } } } } }')).referrals.edges.map((e: any) => e.node);
    expect(mine.some((n: any) => n.sentByMe)).toBe(true);
    expect(mine.some((n: any) => n.receivers.some((r: any) => r.isMe))).toBe(true);
    expect(mine.every((n: any) => n.sentByMe || n.receivers.some((r: any) => r.isMe))).toBe(true);
  });

  it('has a few dozen board threads, some solved and some waiting for answers', async () => {
    const board = (await service.ok(demo1, '{ consultationThreads(first: 100) { totalCount edges { node { status visibility answers { id } solvingAnswer { id } } } } }')).consultationThreads;
    const nodes = board.edges.map((e: any) => e.node);
    expect(board.totalCount).toBe(36);
    expect(nodes.filter((n: any) => n.status === 'SOLVED').every((n: any) => n.solvingAnswer !== null)).toBe(true);
    expect(nodes.filter((n: any) => n.status === 'SOLVED')).toHaveLength(12);
    expect(nodes.filter((n: any) => n.answers.length === 0).length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.visibility === 'VISIBLE')).toBe(true);
  });

  it('passes the personal-data screen, which the seed does not run', () => {
    const texts = [...DEMO_QUESTIONS.flatMap((q) => [q.title, q.body, ...q.answers]), ...DEMO_REFERRAL_NEEDS.map((n) => n.description)];
    expect(texts.flatMap((text) => screenForPersonalData({ text }))).toEqual([]);
  });
});
