import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  absentWhenNull,
  boundedText,
  distinctList,
  email,
  filterInput,
  httpUrl,
  languageTag,
  LANGUAGE_LEVELS,
  optionalText,
  parseInput,
  phone,
  PortalError,
  prefectureCode,
  requiredText,
  searchText,
} from '../src';

const accepts = <T>(schema: z.ZodType<T>, value: unknown) => schema.safeParse(value).success;
const parsed = <T>(schema: z.ZodType<T>, value: unknown) => schema.parse(value);
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('parseInput', () => {
  const profileInput = z.object({
    bio: boundedText(10),
    languages: z.array(z.object({ code: languageTag, level: z.enum(LANGUAGE_LEVELS) })),
  });

  it('returns the parsed value when the input is valid', () => {
    expect(parseInput(profileInput, { bio: ' こんにちは ', languages: [{ code: 'zh-hant', level: 'NATIVE' }] }, 'input')).toEqual({
      bio: 'こんにちは',
      languages: [{ code: 'zh-Hant', level: 'NATIVE' }],
    });
  });

  it('throws BAD_USER_INPUT naming every nested field at fault, from the root', () => {
    const input = { bio: 'あ'.repeat(11), languages: [{ code: 'vi', level: 'NATIVE' }, { code: '12', level: 'FLUENT' }] };
    let error: unknown;
    try {
      parseInput(profileInput, input, 'input');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'input.bio: must be at most 10 characters; input.languages.1.code: "12" is not a BCP 47 language tag of a known language',
      extensions: {
        field: 'input.bio',
        issues: [
          { field: 'input.bio', message: 'must be at most 10 characters' },
          { field: 'input.languages.1.code', message: '"12" is not a BCP 47 language tag of a known language' },
        ],
      },
    });
  });
});

describe('languageTag', () => {
  it.each(['vi', 'zh-Hant', 'pt-BR', 'ja', 'fil'])('accepts %s as it is', (tag) => {
    expect(parsed(languageTag, tag)).toBe(tag);
  });

  it('canonicalises case and trims', () => {
    expect(parsed(languageTag, 'zh-hant')).toBe('zh-Hant');
    expect(parsed(languageTag, ' PT-br ')).toBe('pt-BR');
  });

  it.each(['english', '12', '', 'en_US', 'xx'])('refuses %j', (tag) => {
    expect(messages(languageTag, tag)).toEqual([`"${tag}" is not a BCP 47 language tag of a known language`]);
  });
});

describe('phone', () => {
  it.each([
    ['03-1234-5678', '03-1234-5678'],
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['+81 3 1234 5678', '+81 3 1234 5678'],
    ['(03)1234-5678', '(03)1234-5678'],
    [' 0120 123 456 ', '0120 123 456'],
  ])('accepts %s as %s', (input, output) => {
    expect(parsed(phone, input)).toBe(output);
  });

  it.each(['123', 'abc', '03-1234-abcd', '1234567890123456', '03+1234+5678'])('refuses %s', (input) => {
    expect(messages(phone, input)).toEqual(['must be a phone number of 10 to 15 digits']);
  });
});

describe('email', () => {
  it('accepts an address, trimmed and with full-width characters folded', () => {
    expect(parsed(email, ' nguyen@example.jp ')).toBe('nguyen@example.jp');
    expect(parsed(email, 'ｎｇｕｙｅｎ＠ｅｘａｍｐｌｅ．ｊｐ')).toBe('nguyen@example.jp');
  });

  it.each(['nguyen', 'nguyen@', '@example.jp', 'a b@example.jp'])('refuses %s', (input) => {
    expect(messages(email, input)).toEqual(['must be an e-mail address']);
  });

  it('refuses an address longer than 254 characters', () => {
    expect(messages(email, `${'a'.repeat(64)}@${'b'.repeat(190)}.jp`)).toContain('must be at most 254 characters');
  });
});

describe('boundedText', () => {
  const text = boundedText(4000);

  it('counts code points, so 4,000 emoji or kanji fit and 4,001 do not', () => {
    expect(accepts(text, '😀'.repeat(4000))).toBe(true);
    expect(accepts(text, '医'.repeat(4000))).toBe(true);
    expect(messages(text, '😀'.repeat(4001))).toEqual(['must be at most 4000 characters']);
    expect(messages(text, '医'.repeat(4001))).toEqual(['must be at most 4000 characters']);
  });

  it('trims before counting', () => {
    expect(parsed(text, `  ${'医'.repeat(4000)}  `)).toBe('医'.repeat(4000));
  });

  it('allows the empty text, which requiredText refuses', () => {
    expect(parsed(text, '   ')).toBe('');
    expect(messages(requiredText(10), '   ')).toEqual(['must not be empty']);
  });

  it('refuses NUL, other C0 control characters and DEL with one message', () => {
    for (const control of ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f']) {
      expect(messages(text, `相談${control}内容`)).toEqual(['must not contain control characters']);
    }
    // Even beyond the limit: the first problem stops the checks.
    expect(messages(boundedText(3), '\u0000'.repeat(10))).toEqual(['must not contain control characters']);
  });

  it('keeps tabs and line breaks, which free text needs', () => {
    expect(parsed(text, '一行目\r\n二行目\t(続き)')).toBe('一行目\r\n二行目\t(続き)');
  });

  it('refuses an unpaired surrogate, high or low, but not a pair', () => {
    expect(messages(text, 'a\ud800b')).toEqual(['must be valid Unicode text (it has an unpaired surrogate)']);
    expect(messages(text, 'a\udc00')).toEqual(['must be valid Unicode text (it has an unpaired surrogate)']);
    expect(messages(text, '\ud83d\ude00\ud83d')).toEqual(['must be valid Unicode text (it has an unpaired surrogate)']);
    expect(parsed(text, '\ud83d\ude00')).toBe('😀');
  });

  it('shares these checks with requiredText, optionalText and searchText', () => {
    expect(messages(requiredText(10), 'a\u0000')).toEqual(['must not contain control characters']);
    expect(messages(optionalText(10), 'a\u0000')).toEqual(['must not contain control characters']);
    expect(messages(searchText, '医療\u0000')).toEqual(['must not contain control characters']);
    expect(messages(searchText, '医療\udfff')).toEqual(['must be valid Unicode text (it has an unpaired surrogate)']);
  });
});

describe('prefectureCode', () => {
  it.each(['01', '13', '47'])('accepts %s', (code) => {
    expect(parsed(prefectureCode, code)).toBe(code);
  });

  it.each(['00', '48', '1', '13 ', 'toString'])('refuses %j', (code) => {
    expect(messages(prefectureCode, code)).toEqual(['must be a prefecture code from 01 to 47']);
  });
});

describe('httpUrl', () => {
  it('accepts http and https URLs only', () => {
    expect(parsed(httpUrl, ' https://example.jp/a ')).toBe('https://example.jp/a');
    expect(messages(httpUrl, 'javascript:alert(1)')).toEqual(['must be an http(s) URL']);
    expect(messages(httpUrl, 'ftp://example.jp')).toEqual(['must be an http(s) URL']);
  });
});

describe('distinctList', () => {
  it('drops repeats and refuses too many entries', () => {
    expect(parsed(distinctList(z.string(), 3), ['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(messages(distinctList(z.string(), 3), ['a', 'b', 'c', 'd'])).toEqual(['must have at most 3 entries']);
  });
});

describe('searchText', () => {
  it('normalises the text and turns white space alone into no text', () => {
    expect(parsed(searchText, ' ＭＥＤＩＣＡＬ ｲﾘｮｳ ')).toBe('medical イリョウ');
    expect(parsed(searchText, '\u3000 ')).toBe('');
  });
});

describe('filterInput', () => {
  const filter = filterInput({ codes: z.array(prefectureCode), text: searchText, mine: z.boolean() });

  it('gives an empty filter for a filter left out or null', () => {
    expect(parseInput(filter, undefined, 'filter')).toEqual({});
    expect(parseInput(filter, null, 'filter')).toEqual({});
  });

  it('leaves criteria that are null or left out absent, and passes the others through their schema', () => {
    expect(parseInput(filter, { codes: null, text: ' ＡＢＣ ', mine: false }, 'filter')).toEqual({ codes: undefined, text: 'abc', mine: false });
  });

  it('names the criterion at fault', () => {
    expect(() => parseInput(filter, { codes: ['48'] }, 'filter')).toThrow('filter.codes.0: must be a prefecture code from 01 to 47');
  });
});

describe('absentWhenNull', () => {
  it('makes null and undefined absent and keeps every other value, falsy ones too', () => {
    const flag = absentWhenNull(z.boolean());
    expect([null, undefined, false, true].map((v) => flag.parse(v))).toEqual([undefined, undefined, false, true]);
  });
});
