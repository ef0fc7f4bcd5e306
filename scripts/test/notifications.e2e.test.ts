import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { eventually, mentionsIn } from '@portal/platform/testing';
import { AnswerReferralDocument, MarkNotificationsReadDocument, MyNotificationsDocument, PublishAnnouncementDocument, RegisterCoordinatorDocument, SendReferralDocument } from '@portal/client';
import { contractExamples } from '../lib/operations';
import { SUBGRAPHS } from '../lib/subgraphs';
import { admin } from './callers';
import { useOwnStack } from './stack-fixture';

// From a published announcement to a member's mail, inbox and live stream, through the
// gateway: announcements → outbox → NATS → notifications → SMTP.

// A portal of its own: its SMTP server keeps what the portal mails.
const portal = useOwnStack();
const examples = contractExamples();
const nguyen = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const] };
const publishExample = examples.PublishAnnouncement as { input: Record<string, unknown> };

const streamUrl = () => new URL('/notifications/stream', portal.gatewayUrl());

/** Reads server-sent events from the gateway until `count` notifications arrived. */
async function readLive(token: string, count: number, lastEventId?: string) {
  const aborted = new AbortController();
  const response = await fetch(streamUrl(), {
    headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: aborted.signal,
  });
  expect(response.status).toBe(200);
  const events: { id: string; kind: string }[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const opened = { response, events, done: (async () => {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const id = block.match(/^id: (\d+)$/m)?.[1];
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (id && data) events.push({ id, kind: JSON.parse(data).kind });
      }
      if (events.length >= count) break;
    }
    aborted.abort();
    return events;
  })().catch(() => events) };
  return opened;
}

describe('notifications through the gateway', () => {
  let token = '';

  it('refuses the live stream without a valid token', async () => {
    expect((await fetch(streamUrl())).status).toBe(401);
    expect((await fetch(streamUrl(), { headers: { authorization: 'Bearer x.y.z' } })).status).toBe(401);
  });

  it('mails an URGENT announcement to the member it targets, shows it in their inbox and live', async () => {
    const registered = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    expect(registered.errors).toBeUndefined();
    token = await portal.token(nguyen);
    // The member reaches notifications through the stream; an announcement for Tokyo finds them once they have.
    const notifications = SUBGRAPHS.find((s) => s.name === 'notifications')!;
    await eventually(async () => (await mentionsIn(portal.databaseUrl(notifications), ['nguyen@example.jp'])).length > 0, 'the member\'s address in notifications');
    const live = await readLive(token, 1);
    const input = { ...publishExample.input, importance: 'URGENT', category: 'GOVERNMENT_NOTICE', effectiveDate: null, targetPrefectureCodes: ['13'] };
    const published = await portal.send(admin, PublishAnnouncementDocument, { input });
    expect(published.errors).toBeUndefined();
    const id = published.data.publishAnnouncement.id;

    await eventually(() => portal.mails.length === 1, 'the mail in the sink', 60_000);
    const [message] = portal.mails;
    expect(message!.to).toEqual(['nguyen@example.jp']);
    const mail = await simpleParser(message!.raw);
    expect(mail.subject).toBe('[コーディネーターポータル] 【緊急】国からのお知らせ');
    expect(mail.text).toContain(`/announcements/${id}`);
    // The announcement's own words stay in the portal.
    expect(mail.text).not.toContain(String(publishExample.input.title));

    const [received] = await live.done;
    expect(received!.kind).toBe('URGENT_ANNOUNCEMENT');
    const inbox = (await portal.send(nguyen, MyNotificationsDocument, examples.MyNotifications)).data.myNotifications;
    expect(inbox).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(inbox.edges[0].node).toMatchObject({ kind: 'URGENT_ANNOUNCEMENT', link: `/announcements/${id}`, readAt: null });
    const marked = await portal.send(nguyen, MarkNotificationsReadDocument, { ids: [inbox.edges[0].node.id] });
    expect(marked.data.markNotificationsRead[0].readAt).not.toBeNull();

    // Reconnecting with the last id it saw, a client gets what it missed meanwhile, and nothing twice.
    const second = await portal.send(admin, PublishAnnouncementDocument, { input });
    expect(second.errors).toBeUndefined();
    await eventually(() => portal.mails.length === 2, 'the second mail', 60_000);
    const again = await readLive(token, 1, received!.id);
    expect((await again.done).map((e) => e.kind)).toEqual(['URGENT_ANNOUNCEMENT']);
    expect(Number(again.events[0]!.id)).toBeGreaterThan(Number(received!.id));
  }, 120_000);

  it('unsubscribes through the link in the mail, without signing in', async () => {
    const mail = await simpleParser(portal.mails[0]!.raw);
    const link = new URL(mail.text!.match(/「緊急のお知らせ」のメールを停止する: (\S+)/)![1]!);
    const local = new URL(link.pathname + link.search, portal.gatewayUrl());
    expect((await fetch(local)).status).toBe(200);
    expect((await fetch(local, { method: 'POST' })).status).toBe(200);
    expect((await fetch(new URL('/notifications/unsubscribe?token=forged.token', portal.gatewayUrl()), { method: 'POST' })).status).toBe(400);
  });

  it('tells the receiver of a referral, and its sender when it is accepted, naming neither the referral nor anyone', async () => {
    // collaboration → outbox → NATS → notifications: the notices carry the account, not the referral.
    const tran = { sub: 'idp|c-0002', roles: ['COORDINATOR' as const] };
    const input = { ...(examples.RegisterCoordinator as { input: Record<string, unknown> }).input, accountId: tran.sub, email: 'tran@example.jp', activityRegions: [{ prefectureCode: '10' }] };
    const registered = await portal.send(admin, RegisterCoordinatorDocument, { input });
    expect(registered.errors).toBeUndefined();
    const notifications = SUBGRAPHS.find((s) => s.name === 'notifications')!;
    await eventually(async () => (await mentionsIn(portal.databaseUrl(notifications), ['tran@example.jp'])).length > 0, 'the receiver\'s address in notifications');
    const before = portal.mails.length;
    const referral = { ...(examples.SendReferral as { input: Record<string, unknown> }).input, receivers: [{ coordinatorId: registered.data.registerCoordinator.id }], originPrefectureCode: '13', urgency: 'URGENT' };
    let sent: Awaited<ReturnType<typeof portal.send>> | undefined;
    // The receiver must first reach collaboration's projection; until then they are no valid receiver.
    await eventually(async () => {
      sent = await portal.send(nguyen, SendReferralDocument, { input: referral });
      return sent.errors === undefined;
    }, 'the referral sent', 60_000);
    await eventually(() => portal.mails.length === before + 1, 'the receiver\'s mail', 60_000);
    const received = await simpleParser(portal.mails.at(-1)!.raw);
    expect(portal.mails.at(-1)!.to).toEqual(['tran@example.jp']);
    expect(received.subject).toBe('[コーディネーターポータル] 【至急】広域連携の依頼が届きました');
    const id = sent!.data.sendReferral.id;
    expect(received.text).not.toContain(id);

    const accepted = await portal.send(tran, AnswerReferralDocument, { input: { referralId: id, accept: true } });
    expect(accepted.errors).toBeUndefined();
    await eventually(() => portal.mails.length === before + 2, 'the sender\'s mail', 60_000);
    expect(portal.mails.at(-1)!.to).toEqual(['nguyen@example.jp']);
    const update = await simpleParser(portal.mails.at(-1)!.raw);
    expect(update.subject).toBe('[コーディネーターポータル] お送りした広域連携の依頼が受けられました');
    expect(update.text).not.toMatch(new RegExp(`${id}|tran|idp`));
    const inbox = (await portal.send(tran, MyNotificationsDocument, examples.MyNotifications)).data.myNotifications;
    expect(inbox.edges.map((e: { node: { kind: string; link: string } }) => [e.node.kind, e.node.link])).toEqual([['REFERRAL_RECEIVED', '/referrals?received=true']]);
  }, 180_000);
});
