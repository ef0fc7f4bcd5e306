import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { sentenceBefore, type Detector, type Span } from '../kinds';

// Phone numbers: what looks like one in the normalised text (so 〇九〇・一二三四・五六七八 is
// 090-1234-5678) and is a valid number to libphonenumber, Japanese or, after "+", any
// country's (a family member's number abroad).
//
// A public office's number is not personal data: a landline or business number is left alone
// when the same sentence names a public body just before or after it (市役所（代表）,
// 〇〇入管の電話番号, （愛知県庁代表）) and nothing personal (携帯, 自宅, 本人…) near it. Mobile numbers are always
// someone's own, and a private employer's number can identify the case, so both stay findings.

const PUBLIC_BODY = new RegExp(
  [
    '役所', '役場', '[都道府県]庁', '入管', '出入国在留管理', '労働基準監督署', '労基署', '労働局',
    'ハローワーク', '公共職業安定所', '大使館', '領事館', '法テラス', '警察', '消防', '保健所',
    '保健センター', '児童相談所', '福祉事務所', '年金事務所', '税務署', '社会福祉協議会', '社協',
    '国際交流協会', '国際交流センター', '多文化共生センター', 'インフォメーションセンター', '相談センター',
    '外国人相談', '[都道府県市区町村]の[^ 、。]{0,10}窓口',
    'city hall', 'city office', 'immigration', 'embassy', 'consulate', 'hello ?work', 'labou?r bureau',
  ].join('|'),
  'i',
);
// Not inside 日本人, 大丈夫 or homepage.
const PERSONAL = /携帯|自宅|(?<!日)本人|個人|私用|担当者?|家族|妻|(?<!丈)夫|mobile|home(?!page)|private/i;
const PERSONAL_LINES = new Set(['MOBILE', 'PAGER', 'PERSONAL_NUMBER']);
const REACH_BEFORE = 30;
const REACH_AFTER = 16;

/** The rest of the sentence after `index`, at most `length` characters. */
const sentenceAfter = (text: string, index: number, length: number) => text.slice(index, index + length).split(/[。！？\n]|\. /)[0]!;

function isPublicOffice(text: string, start: number, end: number, type: string | undefined): boolean {
  if (type && PERSONAL_LINES.has(type)) return false;
  const around = [sentenceBefore(text, start, REACH_BEFORE), sentenceAfter(text, end, REACH_AFTER)];
  return around.some((part) => PUBLIC_BODY.test(part)) && !around.some((part) => PERSONAL.test(part));
}

// Where a number could be: a domestic one starts with 0 (parentheses and one space or "-"
// between groups), an international one with "+"; never inside a longer run of digits.
const DOMESTIC = /(?<![\d+]|\d[ -])\(?0\d{1,4}\)?[ -]?\(?\d{1,4}\)?[ -]?\d{3,4}(?![\d]|-\d)/g;
const INTERNATIONAL = /(?<![\d+])\+\d{1,3}[ -]?(?:\(0\))?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){1,3}(?![\d]|-\d)/g;

export const phoneNumbers: Detector = (text) =>
  [...text.matchAll(DOMESTIC), ...text.matchAll(INTERNATIONAL)].flatMap((candidate): Span[] => {
    const number = parsePhoneNumberFromString(candidate[0].replace('(0)', ''), 'JP');
    const [start, end] = [candidate.index, candidate.index + candidate[0].length];
    if (!number?.isValid() || isPublicOffice(text, start, end, number.getType())) return [];
    return [{ kind: 'PHONE_NUMBER', start, end }];
  });
