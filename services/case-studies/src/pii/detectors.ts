import { PREFECTURES } from '@portal/platform';
import { isValidMyNumber } from './my-number';

// Each detector finds one kind of personal data in normalised text (see normalize.ts):
// ASCII digits and letters, "-" between digits. Patterns are anchored so that they do not
// fire inside longer numbers or codes.

export const PII_KINDS = [
  'RESIDENCE_CARD_NUMBER',
  'MY_NUMBER',
  'PASSPORT_NUMBER',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'POSTAL_ADDRESS',
  'DATE_OF_BIRTH',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface Span {
  kind: PiiKind;
  start: number;
  end: number;
}

type Detector = (text: string) => Span[];

const spans = (kind: PiiKind, pattern: RegExp, text: string, accept: (match: RegExpExecArray) => boolean = () => true): Span[] =>
  [...text.matchAll(pattern)].filter(accept).map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));

/** The characters just before `index`, where words such as マイナンバー give a number away. */
const before = (text: string, index: number, length = 16) => text.slice(Math.max(0, index - length), index);

// 在留カード番号: two letters, eight digits, two letters (AB12345678CD), maybe grouped.
const RESIDENCE_CARD = /(?<![A-Za-z0-9])[A-Za-z]{2}[ -]?\d{4}[ -]?\d{4}[ -]?[A-Za-z]{2}(?![A-Za-z0-9])/g;

// 個人番号: exactly twelve digits, as one run or 4-4-4 with the same separator; reported
// when the check digit holds or the text calls it a My Number.
const TWELVE_DIGITS = /(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}(?![\d]|-\d)/g;
const MY_NUMBER_WORDS = /マイナンバー|個人番号/;

// 旅券番号: Japanese passports are two letters and seven digits (TK1234567); other
// countries' formats are recognised by the word before them.
const JAPANESE_PASSPORT = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{7}(?![A-Za-z0-9])/g;
const NAMED_PASSPORT = /(?:旅券|パスポート)(?:番号|ナンバー|No\.?|#)? *[:：は]? *(?<number>[A-Za-z0-9]{6,12})(?![A-Za-z0-9])/gi;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// Phone numbers: three groups with optional separators or parentheses, then the digits
// must make a Japanese number: ten digits (landline, 0120, 0570) or eleven for mobile,
// IP and 0800 numbers; after +81 the leading 0 is dropped.
const DOMESTIC_PHONE = /(?<![\d+]|\d-)\(?0\d{1,4}\)?[ -]?\(?\d{1,4}\)?[ -]?\d{3,4}(?![\d])/g;
const INTERNATIONAL_PHONE = /\+81[ -]?(?:\(0\))?\(?\d{1,4}\)?[ -]?\d{1,4}[ -]?\d{3,4}(?!\d)/g;
const digitsOf = (s: string) => s.replace(/\D/g, '');
function isJapanesePhoneNumber(digits: string): boolean {
  if (digits.length === 10) return /^0[1-9]/.test(digits);
  if (digits.length === 11) return /^(0[5789]0|0800|020)/.test(digits);
  return false;
}

// 〒 / 郵便番号 with a postal code, or a postal code followed by a prefecture or municipality.
const MARKED_POSTAL_CODE = /(?:〒|郵便番号) *[:：]? *\d{3}-?\d{4}(?!\d)/g;
const PREFECTURE_NAMES = Object.values(PREFECTURES).join('|');
const MUNICIPALITY = '[\\u4e00-\\u9fff\\u3005ヶケ]{1,6}[市区町村郡]|(?:さいたま|いわき|つくば|ひたちなか|かすみがうら|つくばみらい|南アルプス|あきる野)市';
const POSTAL_CODE_BEFORE_ADDRESS = new RegExp(`(?<![\\d-])\\d{3}-\\d{4}(?![\\d-]) *(?:${PREFECTURE_NAMES}|${MUNICIPALITY})`, 'g');

// Dates of birth: a full date (西暦 1998年4月1日 / 1998/4/1, or 和暦 平成10年4月1日 / H10.4.1)
// next to 生年月日, 誕生日 or 生まれ. Dates alone (events, deadlines) are not personal data.
const WESTERN_DATE = '(?:19|20)\\d{2} *(?:年 *\\d{1,2} *月 *\\d{1,2} *日|[/.-] *\\d{1,2} *[/.-] *\\d{1,2})';
const JAPANESE_ERA_DATE =
  '(?:明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHR]\\.?) *(?:\\d{1,2}|元) *(?:年 *\\d{1,2} *月 *\\d{1,2} *日|[/.-] *\\d{1,2} *[/.-] *\\d{1,2})';
const DATE = `(?:${WESTERN_DATE}|${JAPANESE_ERA_DATE})`;
const DATE_AFTER_BIRTH_WORD = new RegExp(`(?:生年月日|誕生日|出生日|生まれ) *(?:は|:|：)? *${DATE}`, 'g');
const DATE_BEFORE_BIRTH_WORD = new RegExp(`${DATE} *(?:生まれ|生(?=$|[ 、。，,.．)）の]))`, 'g');

/** Every detector, in order of precedence where two find the same characters. */
export const DETECTORS: readonly Detector[] = [
  (text) => spans('RESIDENCE_CARD_NUMBER', RESIDENCE_CARD, text),
  (text) =>
    spans('MY_NUMBER', TWELVE_DIGITS, text, (m) => isValidMyNumber(digitsOf(m[0])) || MY_NUMBER_WORDS.test(before(text, m.index))),
  (text) => spans('PASSPORT_NUMBER', JAPANESE_PASSPORT, text),
  (text) =>
    [...text.matchAll(NAMED_PASSPORT)]
      .filter((m) => /\d/.test(m.groups!.number!))
      .map((m) => ({ kind: 'PASSPORT_NUMBER' as const, start: m.index, end: m.index + m[0].length })),
  (text) => spans('EMAIL_ADDRESS', EMAIL, text),
  (text) => spans('PHONE_NUMBER', DOMESTIC_PHONE, text, (m) => isJapanesePhoneNumber(digitsOf(m[0]))),
  (text) =>
    spans('PHONE_NUMBER', INTERNATIONAL_PHONE, text, (m) => {
      const national = digitsOf(m[0].slice(3).replace('(0)', ''));
      return national.length === 9 || national.length === 10;
    }),
  (text) => spans('POSTAL_ADDRESS', MARKED_POSTAL_CODE, text),
  (text) => spans('POSTAL_ADDRESS', POSTAL_CODE_BEFORE_ADDRESS, text),
  (text) => spans('DATE_OF_BIRTH', DATE_AFTER_BIRTH_WORD, text),
  (text) => spans('DATE_OF_BIRTH', DATE_BEFORE_BIRTH_WORD, text),
];
