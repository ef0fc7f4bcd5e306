import { z } from 'zod';
import { badInput } from './errors';
import { codePointLength, tooLongMessage, unsafeTextProblem } from './safe-text';
import { normalizeText } from './text';
import { CONSULTATION_FIELD_VALUES, isPrefectureCode } from './vocabulary';
import { QUARTER_PATTERN } from './quarters';

/**
 * Validates a GraphQL input at the edge. Every problem is reported as BAD_USER_INPUT
 * naming its field, e.g. `input.languages.1.code`.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({ field: [root, ...issue.path.map(String)].join('.'), message: issue.message })),
  );
}

/** A string free of control characters (tab and line breaks aside) and unpaired surrogates. */
export const safeString = z.string().check((ctx) => {
  const problem = unsafeTextProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, abort: true });
});

/** Trimmed safe text of at most `max` characters (code points, as people count them). */
export const boundedText = (max: number) =>
  safeString.trim().refine((s) => codePointLength(s) <= max, tooLongMessage(max));

/** Like boundedText, but must not be empty. */
export const requiredText = (max: number) => boundedText(max).refine((s) => s.length > 0, 'must not be empty');

/** Optional text: empty, white space alone or absent all become null. */
export const optionalText = (max: number) =>
  boundedText(max)
    .nullish()
    .transform((v) => v || null);

export const consultationField = z.enum(CONSULTATION_FIELD_VALUES);

export const prefectureCode = z.string().refine(isPrefectureCode, 'must be a prefecture code from 01 to 47');

// Knows the languages of ISO 639 that ICU has names for: a well-formed tag such as
// "english" or "xx" is refused because no such language exists.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 language tag of a real language, in canonical form (zh-hant → zh-Hant). */
export const languageTag = z.string().transform((tag, ctx) => {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    // RangeError: not a well-formed tag; reported below.
  }
  const language = canonical?.split('-')[0];
  if (canonical && language && /^[a-z]{2,3}$/.test(language) && languageNames.of(language)) return canonical;
  ctx.addIssue({ code: 'custom', message: `"${tag}" is not a BCP 47 language tag of a known language` });
  return z.NEVER;
});

export const email = z
  .string()
  .trim()
  .transform((s) => s.normalize('NFKC'))
  .pipe(z.email('must be an e-mail address').max(254, 'must be at most 254 characters'));

// Numbers as people write them (03-1234-5678, 0120 123 456, +81 3 1234 5678, (03)1234-5678),
// full-width digits included: 10 to 15 digits with separators.
const PHONE_CHARS = /^\+?[0-9\-() ]+$/;
const digitCount = (s: string) => s.replace(/\D/g, '').length;
export const phone = z
  .string()
  .trim()
  .transform((s) => s.normalize('NFKC'))
  .refine((s) => PHONE_CHARS.test(s) && digitCount(s) >= 10 && digitCount(s) <= 15, 'must be a phone number of 10 to 15 digits');

export const httpUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000, 'must be at most 2000 characters'));

/** A list without repeats; repeats are dropped rather than refused. */
export const distinctList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .transform((list) => [...new Set(list)] as z.infer<T>[]);

/** GraphQL lets a client send null for a field it leaves out: both come out absent (undefined). */
export const absentWhenNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);

/** A list's filter as it comes out of filterInput: every criterion absent or given. */
export type Filter<S extends Record<string, z.ZodType>> = { [K in keyof S]?: z.output<S[K]> };

/**
 * A list's filter argument. The filter and each of its criteria may be left out or null;
 * what comes out has the absent ones undefined, ready to pass on as it is.
 */
export function filterInput<S extends Record<string, z.ZodType>>(shape: S) {
  const criteria = Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, absentWhenNull(schema)]));
  return z
    .object(criteria)
    .nullish()
    .transform((filter) => (filter ?? {}) as Filter<S>);
}

/** Free search text, normalised; white space alone counts as no text. */
export const searchText = boundedText(200).transform(normalizeText);

/** A quarter of activity reports, such as 2026-Q3 (see quarters.ts). */
export const quarter = z.string().regex(QUARTER_PATTERN, 'must be a quarter such as 2026-Q3');
