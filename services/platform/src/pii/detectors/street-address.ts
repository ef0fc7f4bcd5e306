import { matchSpans, sentenceBefore, type Detector } from '../kinds';
import { PLACE } from './places';

// The part of an address below the town (番地以下), with or without a postal code or a
// place name before it: 二丁目8番1号, 2丁目8-1, 二十三番地, 1234番地の5, 8番1号, 101号室, and
// 1-2-3 right after a municipality or 住所 and a town (栄3-15-33). A room number of a public
// hall, meeting room or office (市民会館の301号室, 305号室が事務局) is not a home.

const N = '\\d{1,4}';
const NUMBER_START = '(?<![\\d-])';
const CHOME = `${N} ?丁目 ?${N}(?: ?(?:番地?|-) ?(?:${N}(?: ?号(?!室))?)?)?`;
const BANCHI = `${N} ?番地(?: ?の ?${N})?(?: ?${N} ?号(?!室))?`;
const BAN_GO = `${N} ?番 ?${N} ?号(?!室)`;
const NOT_A_COUNT = '(?![\\d年月日時分秒%％件人回倍歳才])';
const STREET = new RegExp(`${NUMBER_START}(?:${CHOME}|${BANCHI}|${BAN_GO})`, 'dgu');
// After a place, or the word 住所, and a town name ending in a kanji or katakana (栄, 三の丸, 豊岡町).
const TOWN_CHAR = '\\p{Script=Han}\\p{Script=Katakana}々ヶケ';
const ADDRESS_WORD = '(?:住所|所在地|居所)[はがの:： ]*';
const DASHED = new RegExp(
  `(?:${PLACE}|${ADDRESS_WORD})[${TOWN_CHAR}の]{0,12}?[${TOWN_CHAR}](?<value>${N}-${N}(?:-${N})?)${NOT_A_COUNT}`,
  'dgu',
);
// In English: 2-8-1 Sakae, Naka-ku.
const ROMANIZED = /(?<![\d-])\d{1,2}-\d{1,2}(?:-\d{1,4})?(?= [A-Z][a-z]+(?:-[a-z]+)?,)/dg;
const ROOM = new RegExp(`${NUMBER_START}${N} ?号室`, 'dgu');
// Without 室 after a building's name: ハイツ青山103号, 〇〇荘2号.
const BUILDING_ROOM = /(?<=(?:ハイツ|コーポ|マンション|アパート|メゾン|レジデンス|ハウス|荘|寮)[^ 、。]{0,8})(?<![\d-])\d{1,4} ?号(?![室棟\d])/dgu;
const OFFICE_ROOM = /会館|センター|ホール|庁舎|役所|役場|公民館|会議室|研修室|教室|学校|大学|ビル|事務局|事務所|オフィス|本社|支社|支店|営業所/;
const ROOM_CONTEXT_BEFORE = 16;
const ROOM_CONTEXT_AFTER = 8;
const isOfficeRoom = (text: string, match: RegExpExecArray) =>
  OFFICE_ROOM.test(sentenceBefore(text, match.index, ROOM_CONTEXT_BEFORE)) ||
  OFFICE_ROOM.test(text.slice(match.index + match[0].length, match.index + match[0].length + ROOM_CONTEXT_AFTER).split(/[。\n]/)[0]!);
const DATE_SHAPED = /^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$/;

export const streetAddresses: Detector = (text) => [
  ...matchSpans('STREET_ADDRESS', STREET, text),
  ...matchSpans('STREET_ADDRESS', DASHED, text, (m) => !DATE_SHAPED.test(m.groups!.value!)),
  ...matchSpans('STREET_ADDRESS', ROMANIZED, text),
  ...matchSpans('STREET_ADDRESS', ROOM, text, (m) => !isOfficeRoom(text, m)),
  ...matchSpans('STREET_ADDRESS', BUILDING_ROOM, text),
];
