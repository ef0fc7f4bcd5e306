import { z } from 'zod';
import { CONSULTATION_FIELD_VALUES, consultationField, distinctList, filterInput, isStringPair, languageTag, prefectureCode, requiredText } from '@portal/platform';
import { DECLINE_REASONS, REFERRAL_STATUSES, URGENCIES } from './vocabulary';

export const id = (what: string) => z.uuid(`is not a ${what} id`);

const MAX_LANGUAGES = 10;
/** A referral goes to a few receivers at once; the first to accept takes it. */
export const MAX_RECEIVERS = 5;
const MAX_INVITATIONS = 10;

const fields = distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).refine((list) => list.length > 0, 'must name at least one field');
const languages = distinctList(languageTag, MAX_LANGUAGES)
  .nullish()
  .transform((v) => v ?? []);

/** What a referral needs, which suggestions are ranked for. */
export const referralNeed = z.object({
  fields,
  languages,
  destinationPrefectureCode: prefectureCode,
});
export type ReferralNeed = z.infer<typeof referralNeed>;

const receiver = z
  .object({
    coordinatorId: id('coordinator').nullish(),
    partnerId: id('partner').nullish(),
  })
  .refine((r) => (r.coordinatorId ? 1 : 0) + (r.partnerId ? 1 : 0) === 1, 'must name either a coordinatorId or a partnerId');

export const sendReferralInput = z
  .object({
    receivers: z
      .array(receiver)
      .min(1, 'must name at least one receiver')
      .max(MAX_RECEIVERS, `must have at most ${MAX_RECEIVERS} entries`),
    fields,
    languages,
    urgency: z.enum(URGENCIES),
    originPrefectureCode: prefectureCode,
    destinationPrefectureCode: prefectureCode,
    description: requiredText(1_000),
    residentDetailsOutsidePortal: z.literal(true, {
      error: "must be confirmed (true): the resident's personal details are passed outside the portal, never in it",
    }),
  })
  .superRefine((input, ctx) => {
    if (input.originPrefectureCode === input.destinationPrefectureCode) {
      ctx.addIssue({ code: 'custom', path: ['destinationPrefectureCode'], message: 'must be another prefecture than originPrefectureCode' });
    }
  });
export type SendReferralInput = z.infer<typeof sendReferralInput>;

export const answerReferralInput = z
  .object({
    referralId: id('referral'),
    /** Set by the sender to record what a partner organisation answered them. */
    partnerId: id('partner').nullish(),
    accept: z.boolean(),
    declineReason: z.enum(DECLINE_REASONS).nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.accept && !input.declineReason) ctx.addIssue({ code: 'custom', path: ['declineReason'], message: 'must say why the referral is declined' });
    if (input.accept && input.declineReason) ctx.addIssue({ code: 'custom', path: ['declineReason'], message: 'must be left out when accepting' });
  });
export type AnswerReferralInput = z.infer<typeof answerReferralInput>;

export const referralFilter = filterInput({
  sentByMe: z.boolean(),
  receivedByMe: z.boolean(),
  statuses: distinctList(z.enum(REFERRAL_STATUSES), REFERRAL_STATUSES.length),
});

export const questionInput = z.object({
  title: requiredText(200),
  body: requiredText(5_000),
  fields,
  languages,
  prefectureCode,
});
export type QuestionInput = z.infer<typeof questionInput>;

export const questionEdit = z.object({ title: requiredText(200), body: requiredText(5_000) });
export const answerBody = requiredText(5_000);
export const moderationReason = requiredText(500);

export const invitees = distinctList(id('coordinator'), MAX_INVITATIONS).refine((list) => list.length > 0, 'must name at least one coordinator');

export const threadFilter = filterInput({
  fields: z.array(consultationField),
  languages: distinctList(languageTag, MAX_LANGUAGES),
  prefectureCodes: z.array(prefectureCode).max(47),
  unsolvedOnly: z.boolean(),
  mine: z.boolean(),
  invitedMe: z.boolean(),
});

const isIsoInstant = (value: string) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** A cursor key of a newest-first list: the creation instant as the service wrote it, and the id. */
export const isNewestFirstCursor = (value: unknown): value is [string, string] =>
  isStringPair(value) && isIsoInstant(value[0]) && z.uuid().safeParse(value[1]).success;
