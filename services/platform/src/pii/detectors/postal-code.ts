import { matchSpans, type Detector } from '../kinds';
import { PLACE } from './places';

// 郵便番号 with 〒 / 郵便番号 / postal code before it, or followed by a prefecture or
// municipality: a postal code pins a home down to a few streets. The marks and the place
// stay readable; the value is the seven digits.
const MARKED = /(?:〒|郵便番号|postal code|zip(?: code)?) *[:：は]? *(?<value>\d{3}[ -]?\d{4})(?![\d-])/dgi;
const BEFORE_PLACE = new RegExp(`(?<![\\d-])(?<value>\\d{3}-\\d{4})(?![\\d-]) *,? *${PLACE}`, 'dgu');

export const postalCodes: Detector = (text) => [...matchSpans('POSTAL_ADDRESS', MARKED, text), ...matchSpans('POSTAL_ADDRESS', BEFORE_PLACE, text)];
