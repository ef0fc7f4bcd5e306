import { notFound } from '@portal/platform';
import type { z } from 'zod';
import type { scheduleTrainingSessionInput } from './inputs';
import type { Store } from './store';

/** Schedules a follow-up training session. */
export const scheduleTrainingSession = (store: Store, input: z.infer<typeof scheduleTrainingSessionInput>) =>
  store.insertTrainingSession({ title: input.title, heldOn: input.heldOn, format: input.format, prefectureCode: input.prefectureCode ?? null });

/** Records attendance (and completion) of a session; the record as a coordinator's training history shows it. */
export async function recordTrainingAttendance(store: Store, sessionId: string, coordinatorId: string, completed: boolean) {
  return store.transaction(async (tx) => {
    const record = await tx.recordAttendance(sessionId, coordinatorId, completed);
    if (!record) throw notFound('Training session or coordinator', `${sessionId} / ${coordinatorId}`);
    const [withSession] = (await tx.trainingRecordsOf([coordinatorId])).filter((r) => r.session.id === sessionId);
    return withSession!;
  });
}
