// The Japanese wording every template shares: dates in Japan time, and what a notice renders to.

const JAPAN = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });

/** An instant as a Japanese date and time (Japan time). */
export const dateTime = (iso: string | null | undefined) => (iso ? JAPAN.format(new Date(iso)) : '未定');

/** A calendar day (YYYY-MM-DD) as 2027年1月15日. */
export const date = (ymd: string | null | undefined) => (ymd ? `${Number(ymd.slice(0, 4))}年${Number(ymd.slice(5, 7))}月${Number(ymd.slice(8, 10))}日` : '未定');

/** One notification as a line of text and a link into the portal. */
export interface Rendered {
  title: string;
  text: string;
  path: string;
}

/** How a kind's notice reads, from its facts (ids, codes, dates). */
export type Template = (facts: Record<string, string | null>) => Rendered;
