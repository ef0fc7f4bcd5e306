import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { todayInJapan } from '@portal/platform';
import { admin, ARCHIVE, coordinator, DIRECTORY, names, PROPOSE, proposal, REVIEW, usePartnersService } from './helpers';

const service = usePartnersService();
const proposer = coordinator('idp|proposer');
const colleague = coordinator('idp|colleague');
const secondAdmin = { sub: 'idp|admin-2', roles: ['AGENCY_ADMIN' as const] };

const DETAILS = /* GraphQL */ `
  query($id: ID!) {
    partner(id: $id) {
      id status reviewNote assuredDate lastModified
      proposedBy { accountId }
      history { changedBy action field previousValue replacementValue }
    }
  }
`;

const historyOf = async (id: string) =>
  ((await service.ok(admin, DETAILS, { id })).partner.history as { action: string; field: string; previousValue: string | null; replacementValue: string | null; changedBy: string }[]);

describe('proposing', () => {
  it('creates a PROPOSED partner that only the proposer and agency admins see', async () => {
    const { proposePartner } = await service.ok(proposer, PROPOSE, { input: proposal({ name: '提案中の連携先' }) });
    expect(proposePartner).toEqual({ id: expect.any(String), name: '提案中の連携先', status: 'PROPOSED' });
    const id = proposePartner.id;

    expect((await service.ok(colleague, DETAILS, { id })).partner).toBeNull();
    expect(names(await service.ok(colleague, DIRECTORY, { filter: { text: '提案中' } }))).toEqual([]);
    expect(names(await service.ok(proposer, DIRECTORY, { filter: { text: '提案中' } }))).toEqual(['提案中の連携先']);
    expect(names(await service.ok(admin, DIRECTORY, { filter: { text: '提案中' } }))).toEqual(['提案中の連携先']);

    const mine = (await service.ok(proposer, DETAILS, { id })).partner;
    expect(mine).toMatchObject({ status: 'PROPOSED', reviewNote: null, assuredDate: null, proposedBy: { accountId: proposer.sub } });
  });

  it('records who proposed what in the history', async () => {
    const { proposePartner } = await service.ok(proposer, PROPOSE, { input: proposal({ name: '履歴の確認' }) });
    const history = await historyOf(proposePartner.id);
    expect(history.every((c) => c.action === 'PROPOSE' && c.changedBy === proposer.sub && c.previousValue === null)).toBe(true);
    expect(history.map((c) => c.field.replace(/^services\.[0-9a-f-]{36}/, 'services.<id>'))).toEqual([
      'status',
      'name',
      'description',
      'email',
      'website',
      'phone',
      'services.<id>',
    ]);
    expect(history[0]!.replacementValue).toBe('PROPOSED');
    expect(history[1]!.replacementValue).toBe('履歴の確認');
    expect(JSON.parse(history[6]!.replacementValue!)).toMatchObject({ name: '履歴の確認', fields: ['HOUSING', 'DAILY_LIFE'] });
  });
});

describe('reviewing', () => {
  it('approves a proposal: listed for everyone, verified today, with a history entry per changed field', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '承認される連携先' }), null);
    const before = (await service.ok(admin, DETAILS, { id })).partner.lastModified;
    const res = await service.ok(admin, REVIEW, { id, decision: 'APPROVE', note: '所在地と連絡先を確認済み' });
    expect(res.reviewPartner).toEqual({ id, status: 'APPROVED' });

    const seen = (await service.ok(colleague, DETAILS, { id })).partner;
    expect(seen).toMatchObject({ id, status: 'APPROVED', assuredDate: todayInJapan(), reviewNote: null, proposedBy: null, history: null });
    expect(new Date(seen.lastModified).getTime()).toBeGreaterThan(new Date(before).getTime());
    expect((await service.ok(proposer, DETAILS, { id })).partner.reviewNote).toBe('所在地と連絡先を確認済み');

    const review = (await historyOf(id)).filter((c) => c.action === 'APPROVE');
    expect(review).toEqual([
      { action: 'APPROVE', changedBy: admin.sub, field: 'status', previousValue: 'PROPOSED', replacementValue: 'APPROVED' },
      { action: 'APPROVE', changedBy: admin.sub, field: 'reviewNote', previousValue: null, replacementValue: '所在地と連絡先を確認済み' },
      { action: 'APPROVE', changedBy: admin.sub, field: 'assuredDate', previousValue: null, replacementValue: todayInJapan() },
    ]);
  });

  it('rejects with a note the proposer sees; the partner stays hidden from others', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '却下される連携先' }), null);
    const withoutNote = await service.run(admin, REVIEW, { id, decision: 'REJECT' });
    expect(withoutNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });

    await service.ok(admin, REVIEW, { id, decision: 'REJECT', note: '活動実態を確認できませんでした' });
    expect((await service.ok(proposer, DETAILS, { id })).partner).toMatchObject({ status: 'REJECTED', reviewNote: '活動実態を確認できませんでした', assuredDate: null });
    expect((await service.ok(colleague, DETAILS, { id })).partner).toBeNull();
  });

  it('reviews only PROPOSED partners: a second review is a CONFLICT', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '二重審査' }));
    const again = await service.run(admin, REVIEW, { id, decision: 'REJECT', note: '再審査' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect((await service.ok(admin, DETAILS, { id })).partner.status).toBe('APPROVED');
  });

  it('lets exactly one of two simultaneous reviews win', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '同時審査' }), null);
    const results = await Promise.all([
      service.run(admin, REVIEW, { id, decision: 'APPROVE', note: null }),
      service.run(secondAdmin, REVIEW, { id, decision: 'REJECT', note: '不要' }),
    ]);
    expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
    const statuses = (await historyOf(id)).filter((c) => c.field === 'status').map((c) => c.replacementValue);
    expect(statuses).toHaveLength(2);
  });

  it('answers an unknown partner with NOT_FOUND and an id that is not one with BAD_USER_INPUT', async () => {
    const unknown = await service.run(admin, REVIEW, { id: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const bad = await service.run(admin, REVIEW, { id: 'partner-1', decision: 'APPROVE' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('archiving', () => {
  it('takes an approved partner out of the directory; agency admins still see it', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '閉鎖した団体' }));
    const res = await service.ok(admin, ARCHIVE, { id, note: '団体が解散' });
    expect(res.archivePartner).toEqual({ id, status: 'ARCHIVED', reviewNote: '団体が解散' });
    expect(names(await service.ok(colleague, DIRECTORY, { filter: { text: '閉鎖' } }))).toEqual([]);
    expect((await service.ok(admin, DIRECTORY, { filter: { text: '閉鎖', statuses: ['ARCHIVED'] } })).partners.totalCount).toBe(1);
    expect((await historyOf(id)).filter((c) => c.action === 'ARCHIVE').map((c) => [c.field, c.previousValue, c.replacementValue])).toEqual([
      ['status', 'APPROVED', 'ARCHIVED'],
      ['reviewNote', null, '団体が解散'],
    ]);
  });

  it('archives only APPROVED partners', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '未審査の団体' }), null);
    expect(errorCodes(await service.run(admin, ARCHIVE, { id }))).toEqual(['CONFLICT']);
  });
});
