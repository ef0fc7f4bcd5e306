import { matchSpans, type Detector } from '../kinds';

// A full date of birth: a date (西暦 1998年4月1日, 1998/4/1; 和暦 平成10年4月1日, 令和元年…,
// H10.4.1; in English 1 April 1990, April 1, 1990) next to 生年月日, 誕生日, 生まれ, 生, DOB,
// born… Dates alone (meetings, deadlines) are not personal data, nor is a year of birth
// alone (平成2年生まれ says no more than an age).

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const ERA_NAME = '(?:明治|大正|昭和|平成|令和)';
const ERA_YEAR = `(?:${ERA_NAME}|(?<![A-Za-z])[MTSHR] ?[.-]?) *(?:\\d{1,2}|元)`;
const MONTH_DAY = '(?: *月 *\\d{1,2} *日)';
const NUMERIC_MONTH_DAY = ' *[/.-] *\\d{1,2} *[/.-] *\\d{1,2}(?!\\d)';
// 1990年（平成2年）4月1日, as forms ask for both.
const WESTERN = `(?:19|20)\\d{2}(?: *年(?: *[(（]${ERA_NAME} *(?:\\d{1,2}|元) *年[)）])? *\\d{1,2}${MONTH_DAY}|${NUMERIC_MONTH_DAY})`;
const ERA = `${ERA_YEAR}(?: *年 *\\d{1,2}${MONTH_DAY}|${NUMERIC_MONTH_DAY})`;
const DAY_FIRST = '\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}';
const ENGLISH = `(?:\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})[a-z]*\\.?,? (?:19|20)\\d{2}|(?:${MONTHS})[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})`;
const DATE = `(?<value>${WESTERN}|${ERA}|${DAY_FIRST}|${ENGLISH})(?![\\d/.-]\\d)`;

const WORD_BEFORE = '(?:生年月日|誕生日|出生日|生まれ|date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?|born(?: on| in)?)';
const LINK = ' *(?:[(（](?:西暦|和暦)[)）])?(?: *(?:[:：はが、,]|is)){0,2} *';
const WORD_AFTER = ' *(?:に)?(?:生まれ|出生|生(?=$|[ 、。，,.)）の])|[(（]生年月日[)）])';

const AFTER_WORD = new RegExp(`${WORD_BEFORE}${LINK}${DATE}`, 'dgi');
const BEFORE_WORD = new RegExp(`${DATE}${WORD_AFTER}`, 'dgi');

export const datesOfBirth: Detector = (text) => [...matchSpans('DATE_OF_BIRTH', AFTER_WORD, text), ...matchSpans('DATE_OF_BIRTH', BEFORE_WORD, text)];
