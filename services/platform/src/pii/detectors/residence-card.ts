import { matchSpans, type Detector } from '../kinds';

// 在留カード番号 (and 特別永住者証明書): two letters, eight digits, two letters (AB12345678CD),
// maybe grouped by spaces or dashes (dots and other dashes are "-" after normalisation).
const RESIDENCE_CARD = /(?<![A-Za-z0-9])[A-Za-z]{2}[ -]?\d{4}[ -]?\d{4}[ -]?[A-Za-z]{2}(?![A-Za-z0-9])/dg;

export const residenceCardNumbers: Detector = (text) => matchSpans('RESIDENCE_CARD_NUMBER', RESIDENCE_CARD, text);
