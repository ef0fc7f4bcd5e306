// Personal data is looked for in what the text means, not how it is typed: NFKC turns
// full-width digits, letters and spaces (ＡＢ１２３…) into ASCII, and the dashes people put
// between digits (‐ – − ー) become "-". Positions found refer to this normalised text,
// from which the excerpts are taken too.

const DASH_BETWEEN_DIGITS = /(?<=\d) *[\u2010-\u2015\u2212\u30fc\ufe63] *(?=\d)/g;

export function normalizeForScreening(text: string): string {
  return text.normalize('NFKC').replace(DASH_BETWEEN_DIGITS, '-');
}
