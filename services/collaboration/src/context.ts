import { groupLoader, rowLoader, type Identity, type RequestContext } from '@portal/platform';
import type { AnswerRow, ReferralHistoryRow, ReferralReceiverRow, ReferralRow, ThreadRow } from './db/schema';
import type { Store } from './store';

export function createContext(store: Store, identity: Identity) {
  // Every key asked for in one tick (a page of referrals or threads) is fetched by one statement.
  const referrals = rowLoader<string, ReferralRow>((ids) => store.findReferrals(ids), (row) => row.id);
  const receivers = groupLoader<string, ReferralReceiverRow>((ids) => store.receiversOf(ids), (row) => row.referralId);
  const history = groupLoader<string, ReferralHistoryRow>((ids) => store.historyOf(ids), (row) => row.referralId);
  const threads = rowLoader<string, ThreadRow>((ids) => store.findThreads(ids), (row) => row.id);
  const answers = groupLoader<string, AnswerRow>((ids) => store.answersOf(ids), (row) => row.threadId);
  const invitations = groupLoader((ids: readonly string[]) => store.invitationsOf(ids), (row) => row.threadId);
  return {
    store,
    identity,
    loadReferral: (id: string) => referrals.load(id),
    loadReceivers: (referralId: string) => receivers.load(referralId),
    loadHistory: (referralId: string) => history.load(referralId),
    loadThread: (id: string) => threads.load(id),
    loadAnswers: (threadId: string) => answers.load(threadId),
    loadInvitations: (threadId: string) => invitations.load(threadId),
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
