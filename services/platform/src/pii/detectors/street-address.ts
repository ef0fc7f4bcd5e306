import { matchSpans, sentenceBefore, type Detector } from '../kinds';
import { PLACE } from './places';

// The part of an address below the town (番地以下), with or without a postal code or a
// place name before it: 二丁目8番1号, 2丁目8-1, 二十三番地, 1234番地の5, 8番1号, 101号室, and
// 1-2-3 right after a municipality and town (栄3-15-33). A room number of a public hall or
// meeting room (市民会館の301号室) is not a home.

const N = '\\d{1,4}';
const NUMBER_START = '(?<![\\d-])';
const CHOME = `${N} ?丁目 ?${N}(?: ?(?:番地?|-) ?(?:${N}(?: ?号(?!室))?)?)?`;
const BANCHI = `${N} ?番地(?: ?の ?${N})?(?: ?${N} ?号(?!室))?`;
const BAN_GO = `${N} ?番 ?${N} ?号(?!室)`;
const NOT_A_COUNT = '(?![\\d年月日時分秒%％件人回倍歳才])';
const STREET = new RegExp(`${NUMBER_START}(?:${CHOME}|${BANCHI}|${BAN_GO})`, 'dgu');
// After a place and a town name ending in a kanji or katakana (栄, 三の丸, 豊岡町).
const TOWN_CHAR = '\\p{Script=Han}\\p{Script=Katakana}々ヶケ';
const DASHED = new RegExp(`${PLACE}[${TOWN_CHAR}の]{0,12}?[${TOWN_CHAR}](?<value>${N}-${N}(?:-${N})?)${NOT_A_COUNT}`, 'dgu');
// In English: 2-8-1 Sakae, Naka-ku.
const ROMANIZED = /(?<![\d-])\d{1,2}-\d{1,2}(?:-\d{1,4})?(?= [A-Z][a-z]+(?:-[a-z]+)?,)/dg;
const ROOM = new RegExp(`${NUMBER_START}${N} ?号室`, 'dgu');
const PUBLIC_ROOM = /会館|センター|ホール|庁舎|役所|役場|公民館|会議室|研修室|教室|学校|大学|ビル/;
const ROOM_CONTEXT = 16;
const DATE_SHAPED = /^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$/;

export const streetAddresses: Detector = (text) => [
  ...matchSpans('STREET_ADDRESS', STREET, text),
  ...matchSpans('STREET_ADDRESS', DASHED, text, (m) => !DATE_SHAPED.test(m.groups!.value!)),
  ...matchSpans('STREET_ADDRESS', ROMANIZED, text),
  ...matchSpans('STREET_ADDRESS', ROOM, text, (m) => !PUBLIC_ROOM.test(sentenceBefore(text, m.index, ROOM_CONTEXT))),
];
