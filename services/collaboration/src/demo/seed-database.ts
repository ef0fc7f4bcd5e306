import { connectDatabase, neighboursOf, newTraceparent, PREFECTURE_CODES, regionOf } from '@portal/platform';
import type { NewEvent } from '@portal/platform/events';
import * as schema from '../db/schema';
import { referralDeclined, referralStatusChanged } from '../events';
import { createStore, type NewHistory } from '../store';
import type { ReferralAction, ReferralStatus } from '../vocabulary';
import { DEMO_QUESTIONS, DEMO_REFERRAL_NEEDS } from './content';

// Demo coordinators 1 to 47 have their home in prefecture 01 to 47, and so has every 47th
// after them (the directory's demo data deals its coordinators to the prefectures in turn).
const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;
const homeOf = (n: number) => PREFECTURE_CODES[(n - 1) % PREFECTURE_CODES.length]!;
const coordinatorIn = (prefectureCode: string) => Number(prefectureCode);

/** The id of demo row n of a kind: the same on every run. */
export const demoId = (kind: number, n: number) => `00000000-0000-4000-a00${kind}-${String(n).padStart(12, '0')}`;

const STATUSES: ReferralStatus[] = ['OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'];
/** What happened to a demo referral after it was sent, by its final status. */
const STEPS: Record<ReferralStatus, ReferralAction[]> = {
  OPEN: [],
  ACCEPTED: ['ACCEPTED'],
  DECLINED: ['DECLINED'],
  COMPLETED: ['ACCEPTED', 'COMPLETED'],
  WITHDRAWN: ['WITHDRAWN'],
};
const REFERRALS = 30;
const THREADS_PER_QUESTION = 3;
const DAY = 86_400_000;
const START = Date.parse('2026-06-01T01:00:00Z');

/**
 * In a migrated database, when it holds nothing yet, adds the demo referrals (every
 * status, from every region to a neighbouring prefecture; demo coordinator 1 sends some and
 * receives some), past referrals of the fiscal year 2025 on a few busy flows, and board
 * threads (three per demo question, a third of them solved). The referrals are announced
 * step by step as they happened, for reporting's referral flows; the threads are rows
 * without events.
 */
export async function seedDemoData(url: string): Promise<{ inserted: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await database.db.transaction(async (tx) => {
      const store = createStore(tx);
      if (!(await store.isEmpty())) return { inserted: 0 };
      return { inserted: (await seedReferrals(store)) + (await seedThreads(store)) };
    });
  } finally {
    await database.close();
  }
}

interface DemoReferral {
  origin: string;
  destination: string;
  status: ReferralStatus;
  need: (typeof DEMO_REFERRAL_NEEDS)[number];
  sentAt: Date;
  /** Demo coordinator numbers. */
  sender: number;
  receiver: number;
  declineReason: 'NO_CAPACITY' | 'OUT_OF_FIELD';
}

/** The demo's current referrals: every status, from every region to a neighbouring prefecture. */
function currentReferrals(): DemoReferral[] {
  return Array.from({ length: REFERRALS }, (_, i) => {
    // Every tenth from or to demo coordinator 1 (北海道 → 青森県 and back), the rest across the country.
    const origin = i % 10 === 0 ? '01' : i % 10 === 5 ? '02' : PREFECTURE_CODES[(i * 7) % PREFECTURE_CODES.length]!;
    const destination = neighboursOf(origin as (typeof PREFECTURE_CODES)[number])[0]!;
    return {
      origin,
      destination,
      status: STATUSES[i % STATUSES.length]!,
      need: DEMO_REFERRAL_NEEDS[i % DEMO_REFERRAL_NEEDS.length]!,
      sentAt: new Date(START + i * 5 * DAY),
      sender: coordinatorIn(origin),
      receiver: coordinatorIn(destination),
      declineReason: i % 2 === 0 ? 'NO_CAPACITY' : 'OUT_OF_FIELD',
    };
  });
}

/**
 * Referrals of the fiscal year 2025, which is over: on each of a few busy flows seven
 * coordinators of the origin sent one each to a colleague next door (all completed, or on
 * one flow all declined for lack of capacity), so that reporting's referral flows have
 * figures of k + 1 senders to show.
 */
const PAST_FLOWS: { origin: string; status: ReferralStatus }[] = [
  { origin: '13', status: 'COMPLETED' },
  { origin: '27', status: 'COMPLETED' },
  { origin: '23', status: 'COMPLETED' },
  { origin: '40', status: 'COMPLETED' },
  { origin: '14', status: 'COMPLETED' },
  { origin: '11', status: 'DECLINED' },
];
const SENDERS_PER_FLOW = 7;

function pastReferrals(): DemoReferral[] {
  return PAST_FLOWS.flatMap(({ origin, status }, f) => {
    const destination = neighboursOf(origin as (typeof PREFECTURE_CODES)[number])[0]!;
    return Array.from({ length: SENDERS_PER_FLOW }, (_, j) => ({
      origin,
      destination,
      status,
      need: DEMO_REFERRAL_NEEDS[f % DEMO_REFERRAL_NEEDS.length]!,
      sentAt: new Date(Date.UTC(2025, 4 + j, 10 + f, 1)),
      // Coordinators are dealt to the prefectures in turn: n + 47 lives where n does.
      sender: coordinatorIn(origin) + PREFECTURE_CODES.length * (1 + j),
      receiver: coordinatorIn(destination) + PREFECTURE_CODES.length * (1 + j),
      declineReason: 'NO_CAPACITY' as const,
    }));
  });
}

async function seedReferrals(store: ReturnType<typeof createStore>): Promise<number> {
  const history: NewHistory[] = [];
  const events: NewEvent[] = [];
  const pseudonyms = new Map<string, string>();
  const all = [...currentReferrals(), ...pastReferrals()];
  for (const [i, { origin, destination, status, need, sentAt, sender, receiver, declineReason }] of all.entries()) {
    const id = demoId(1, i + 1);
    const receiverId = demoId(2, i + 1);
    const steps = STEPS[status];
    const accepted = steps.includes('ACCEPTED');
    const senderAccountId = demoAccountId(sender);
    const row = await store.insertReferral({
      id,
      senderAccountId,
      ...need,
      urgency: i % 4 === 0 ? 'URGENT' : i % 2 === 0 ? 'SOON' : 'ROUTINE',
      originPrefectureCode: origin,
      destinationPrefectureCode: destination,
      status,
      acceptedReceiverId: accepted ? receiverId : null,
      createdAt: sentAt,
      updatedAt: new Date(sentAt.getTime() + steps.length * DAY),
    });
    const declined = status === 'DECLINED';
    const [receiverRow] = await store.insertReceivers([
      {
        id: receiverId,
        referralId: id,
        kind: 'COORDINATOR',
        accountId: demoAccountId(receiver),
        answer: accepted ? 'ACCEPTED' : declined ? 'DECLINED' : 'PENDING',
        declineReason: declined ? declineReason : null,
        answeredAt: accepted || declined ? new Date(sentAt.getTime() + DAY) : null,
      },
    ]);
    if (!pseudonyms.has(senderAccountId)) pseudonyms.set(senderAccountId, await store.contributorIdOf(senderAccountId));
    const contributorId = pseudonyms.get(senderAccountId)!;
    // Each step announced as it happened, so that reporting counts the flow in its months.
    events.push({ ...referralStatusChanged({ ...row, status: 'OPEN' }, contributorId), occurredAt: sentAt });
    history.push({ referralId: id, action: 'SENT', by: 'SENDER', at: sentAt });
    steps.forEach((action, step) => {
      const at = new Date(sentAt.getTime() + (step + 1) * DAY);
      history.push({
        referralId: id,
        action,
        by: action === 'WITHDRAWN' ? 'SENDER' : 'RECEIVER',
        receiverId: action === 'ACCEPTED' || action === 'DECLINED' ? receiverId : null,
        declineReason: action === 'DECLINED' ? declineReason : null,
        at,
      });
      if (action === 'DECLINED') events.push({ ...referralDeclined(row, receiverRow!, contributorId), occurredAt: at });
      events.push({ ...referralStatusChanged({ ...row, status: action === 'SENT' ? 'OPEN' : action }, contributorId), occurredAt: at });
    });
  }
  await store.recordHistory(history);
  await store.recordEvents(events, newTraceparent());
  return all.length;
}

async function seedThreads(store: ReturnType<typeof createStore>): Promise<number> {
  let n = 0;
  let rows = 0;
  for (const [q, question] of DEMO_QUESTIONS.entries()) {
    for (let copy = 0; copy < THREADS_PER_QUESTION; copy++) {
      n++;
      const asker = 1 + ((q * 11 + copy * 17) % PREFECTURE_CODES.length);
      const prefectureCode = homeOf(asker);
      const askedAt = new Date(START + n * 3 * DAY);
      const answers = question.answers.map((body, a) => ({
        id: demoId(4, n * 10 + a),
        threadId: demoId(3, n),
        authorAccountId: demoAccountId(1 + ((asker + 5 * (a + 1)) % PREFECTURE_CODES.length)),
        body,
        piiFindings: [],
        createdAt: new Date(askedAt.getTime() + (a + 1) * DAY),
        updatedAt: new Date(askedAt.getTime() + (a + 1) * DAY),
      }));
      const solved = n % 3 === 0;
      // The middle copy of an unsolved question waits for its answers: the board's unanswered questions.
      const answered = copy !== 1 || solved;
      await store.insertThreads([
        {
          id: demoId(3, n),
          askerAccountId: demoAccountId(asker),
          title: question.title,
          body: question.body,
          fields: question.fields,
          languages: question.languages,
          prefectureCode,
          regionCode: regionOf(prefectureCode),
          status: solved ? 'SOLVED' : 'OPEN',
          piiFindings: [],
          solvingAnswerId: solved ? answers[0]!.id : null,
          postedAt: askedAt,
          answeredAt: answered ? answers[0]!.createdAt : null,
          createdAt: askedAt,
          updatedAt: askedAt,
        },
      ]);
      if (answered) await store.insertAnswers(answers);
      rows += 1 + (answered ? answers.length : 0);
    }
  }
  return rows;
}
