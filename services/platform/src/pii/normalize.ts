// Personal data is looked for in what the text means, not how it is typed. The detectors
// read one alphabet: NFKC (full-width digits and letters become ASCII), kanji numerals as
// ASCII digits (〇九〇 → 090, 二十三 → 23), one "-" for any dash or dot between digit groups
// and one " " for spaces, no invisible characters. Every normalised character remembers
// the characters of the original it came from, so findings are masked and quoted in what
// the author wrote.

/** One character of the normalised text and the original range [start, end) it stands for. */
interface Piece {
  char: string;
  start: number;
  end: number;
}

export interface NormalizedText {
  readonly text: string;
  /** The original range that the normalised range [start, end) was made from. */
  originalRange(start: number, end: number): { start: number; end: number };
  /** Whether the original character at `index` was read as a digit (so an excerpt must hide it). */
  isDigitAt(index: number): boolean;
}

// Zero-width spaces and joiners, word joiners, byte order marks, soft hyphens, bidi marks,
// control characters but line breaks and tabs: invisible, so they must not split a number.
export const INVISIBLE = /^(?![\t\n\r])[\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
// Combining marks and the half-width voiced sound marks (ﾊﾟ) belong to the character before them.
const ATTACHES_TO_PREVIOUS = /^[\p{M}\uff9e\uff9f]$/u;

const KANJI_DIGITS = '〇一二三四五六七八九';
const KANJI_NUMERAL = /^[〇一二三四五六七八九十百]$/;
/** A single kanji numeral is a number only before one of these (二年, 四月, 一日, 二丁目, 八番, 一号). */
const COUNTERS = /^[年月日丁番号]$/;
const DIGIT_SEPARATOR = /^[-.・\u2010-\u2015\u2212\u30fc\ufe63]$/;
const SPACE = /^[ \t]$/;
const DIGIT = /^\d$/;
const ALPHANUMERIC = /^[0-9A-Za-z]$/;

// Most characters repeat (kana, kanji, digits), so each is normalised once per text.
function nfkc(text: string, seen: Map<string, string[]>): string[] {
  let chars = seen.get(text);
  if (!chars) {
    chars = INVISIBLE.test(text) ? [] : Array.from(text.normalize('NFKC'));
    seen.set(text, chars);
  }
  return chars;
}

function readPieces(original: string): Piece[] {
  const raw: { text: string; start: number; end: number }[] = [];
  let index = 0;
  for (const char of original) {
    const end = index + char.length;
    const last = raw[raw.length - 1];
    if (last && char > '\u02ff' && ATTACHES_TO_PREVIOUS.test(char)) {
      last.text += char;
      last.end = end;
    } else raw.push({ text: char, start: index, end });
    index = end;
  }
  const seen = new Map<string, string[]>();
  const pieces: Piece[] = [];
  for (const { text, start, end } of raw) {
    if (text.length === 1 && text >= ' ' && text < '\u007f') pieces.push({ char: text, start, end });
    else for (const char of nfkc(text, seen)) pieces.push({ char, start, end });
  }
  return pieces;
}

/** 二十三 → 23, 百五 → 105; undefined unless the units come in order (百 before 十). */
function positionalValue(numerals: string): string | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 1000;
  for (const char of numerals) {
    const unit = char === '百' ? 100 : char === '十' ? 10 : undefined;
    if (unit === undefined) {
      if (digit !== undefined) return undefined;
      digit = KANJI_DIGITS.indexOf(char);
    } else {
      if (unit >= lastUnit || digit === 0) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    }
  }
  return String(total + (digit ?? 0));
}

const charAt = (pieces: Piece[], index: number) => pieces[index]?.char ?? '';
const isNumeralOrDigit = (char: string) => DIGIT.test(char) || KANJI_NUMERAL.test(char);

/**
 * Kanji numerals become digits where they are a number: runs of two or more (〇九〇, 二十三,
 * but not 〇〇, the usual stand-in for a name), and single ones before a counter (二年,
 * 八番) or joined to another number by a separator (H二・四・一). Single ones inside words
 * stay (一緒, 三重県, 九州).
 */
function readKanjiNumerals(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; ) {
    if (!KANJI_NUMERAL.test(charAt(pieces, i))) {
      out.push(pieces[i++]!);
      continue;
    }
    let j = i;
    while (KANJI_NUMERAL.test(charAt(pieces, j))) j++;
    const run = pieces.slice(i, j);
    const numerals = run.map((p) => p.char).join('');
    const joined =
      (DIGIT_SEPARATOR.test(charAt(pieces, i - 1)) && isNumeralOrDigit(charAt(pieces, i - 2))) ||
      (DIGIT_SEPARATOR.test(charAt(pieces, j)) && isNumeralOrDigit(charAt(pieces, j + 1)));
    const isNumber = !/^〇+$/.test(numerals) && (run.length > 1 || COUNTERS.test(charAt(pieces, j)) || joined);
    if (!isNumber) out.push(...run);
    else if (!/[十百]/.test(numerals)) out.push(...run.map((p) => ({ ...p, char: String(KANJI_DIGITS.indexOf(p.char)) })));
    else {
      const value = positionalValue(numerals);
      const range = { start: run[0]!.start, end: run[run.length - 1]!.end };
      if (value === undefined) out.push(...run);
      else out.push(...Array.from(value, (char) => ({ char, ...range })));
    }
    i = j;
  }
  return out;
}

/**
 * Between a digit and a digit or letter (090.1234, AB・1234): spaces around one dash or dot
 * become "-", spaces alone one " ".
 */
function readSeparators(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; ) {
    const char = charAt(pieces, i);
    if (!(SPACE.test(char) || DIGIT_SEPARATOR.test(char)) || !ALPHANUMERIC.test(charAt(pieces, i - 1))) {
      out.push(pieces[i++]!);
      continue;
    }
    let j = i;
    while (SPACE.test(charAt(pieces, j))) j++;
    const hasSeparator = DIGIT_SEPARATOR.test(charAt(pieces, j));
    if (hasSeparator) {
      j++;
      while (SPACE.test(charAt(pieces, j))) j++;
    }
    const left = charAt(pieces, i - 1);
    const right = charAt(pieces, j);
    const betweenNumbers = ALPHANUMERIC.test(right) && (DIGIT.test(left) || DIGIT.test(right));
    if (betweenNumbers) out.push({ char: hasSeparator ? '-' : ' ', start: pieces[i]!.start, end: pieces[j - 1]!.end });
    else out.push(...pieces.slice(i, j));
    i = j;
  }
  return out;
}

export function normalizeForScreening(original: string): NormalizedText {
  const pieces = readSeparators(readKanjiNumerals(readPieces(original)));
  const text = pieces.map((p) => p.char).join('');
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const digits = new Uint8Array(original.length);
  let at = 0;
  for (const piece of pieces) {
    // A character outside the BMP takes two UTF-16 units, as regular expression indices count them.
    for (let unit = 0; unit < piece.char.length; unit++, at++) {
      starts[at] = piece.start;
      ends[at] = piece.end;
    }
    if (piece.char >= '0' && piece.char <= '9') digits.fill(1, piece.start, piece.end);
  }
  return {
    text,
    originalRange: (start, end) => ({ start: starts[start] ?? original.length, end: ends[end - 1] ?? original.length }),
    isDigitAt: (index) => digits[index] === 1,
  };
}
