import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, likePattern, normalizeText, searchDocument, searchTerms } from '../src';

describe('normalizeText', () => {
  it('folds full-width letters and digits to lower-case ASCII', () => {
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
  });

  it('turns half-width katakana into full-width katakana', () => {
    expect(normalizeText('ｲﾘｮｳ')).toBe('イリョウ');
    expect(normalizeText('ﾊﾞｽ')).toBe('バス');
  });

  it('leaves kanji and hiragana as they are', () => {
    expect(normalizeText('医療 つうやく')).toBe('医療 つうやく');
  });
});

describe('searchTerms', () => {
  it('splits on any white space, the full-width space included, and drops empty terms', () => {
    expect(searchTerms('  医療\u3000通訳\tＶｉｅｔｎａｍ\n ')).toEqual(['医療', '通訳', 'vietnam']);
  });

  it('gives no terms for white space alone', () => {
    expect(searchTerms('\u3000 \t')).toEqual([]);
  });
});

describe('searchDocument', () => {
  it('joins the normalised parts with newlines, skipping missing ones', () => {
    expect(searchDocument(['グエン', null, 'ＴＯＫＹＯ', undefined, '', 'ｲﾘｮｳ'])).toBe('グエン\ntokyo\nイリョウ');
  });
});

describe('bigrams', () => {
  it('lists the overlapping pairs of characters', () => {
    expect(bigrams('医療通訳')).toEqual(['医療', '療通', '通訳']);
  });

  it('gives none for a single character or an empty text', () => {
    expect(bigrams('医')).toEqual([]);
    expect(bigrams('')).toEqual([]);
  });

  it('never spans white space', () => {
    expect(bigrams('医療 通訳\n福祉')).toEqual(['医療', '通訳', '福祉']);
  });

  it('lists each bigram once', () => {
    expect(bigrams('ああああ')).toEqual(['ああ']);
    expect(bigrams('abab')).toEqual(['ab', 'ba']);
  });

  it('counts an emoji or a rare kanji as one character', () => {
    expect(bigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
  });

  it('always gives distinct two-character bigrams without white space, each found in the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('医', '療', 'a', ' ', '\n', '\u3000', '😀') }), (text) => {
        const grams = bigrams(text);
        expect(new Set(grams).size).toBe(grams.length);
        for (const gram of grams) {
          expect(Array.from(gram)).toHaveLength(2);
          expect(gram).not.toMatch(/\s/u);
          expect(text).toContain(gram);
        }
      }),
    );
  });
});

describe('likePattern', () => {
  it('wraps a plain term in % wildcards', () => {
    expect(likePattern('医療')).toBe('%医療%');
  });

  it('escapes %, _ and backslash so they match literally', () => {
    expect(likePattern('100%')).toBe('%100\\%%');
    expect(likePattern('a_b')).toBe('%a\\_b%');
    expect(likePattern('c:\\temp')).toBe('%c:\\\\temp%');
  });
});
