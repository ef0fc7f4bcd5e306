import { PREFECTURES } from '../../vocabulary';

// Place names that make a number an address: a prefecture, or a municipality (…市, …区, …町,
// …村, …郡, and the cities written in kana). Kanji numerals inside names stay kanji (三重県,
// 八王子市), except before 日 (四日市市 reads as 4日市市, which still ends in 日市市).

const PREFECTURE = Object.values(PREFECTURES).join('|');
const MUNICIPALITY = '[\\p{Script=Han}々ヶケ]{1,6}[市区町村郡]|(?:さいたま|いわき|つくば|ひたちなか|かすみがうら|つくばみらい|南アルプス|あきる野)市';

/** A prefecture or municipality name (a regular expression source, `u` flag). */
export const PLACE = `(?:${PREFECTURE}|${MUNICIPALITY})`;
