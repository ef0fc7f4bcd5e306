import { asc } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigrams, connectDatabase, matchesEveryTerm, overlaps, searchDocument, type Database } from '../src';
import { createTestDatabase, type TestDatabase } from '../testing';
import { writeMigrationsFolder } from './scratch';

const documents = pgTable('documents', {
  id: text('id').primaryKey(),
  searchText: text('search_text').notNull(),
  searchGrams: text('search_grams').array().notNull(),
  languages: text('languages').array().notNull(),
});

const migrations = writeMigrationsFolder([
  {
    tag: '0000_documents',
    sql: [
      'create table "documents" ("id" text primary key, "search_text" text not null, "search_grams" text[] not null, "languages" text[] not null);',
      'create index "documents_grams" on "documents" using gin ("search_grams");',
    ].join('\n--> statement-breakpoint\n'),
  },
]);

const profiles: { id: string; parts: string[]; languages: string[] }[] = [
  { id: 'a', parts: ['グエン・ティ・ラン', '医療通訳 ベトナム語'], languages: ['vi', 'ja'] },
  { id: 'b', parts: ['佐藤 花子', '医療と福祉の相談'], languages: ['ja', 'en'] },
  { id: 'c', parts: ['マリア・サントス', '通訳 100% 対応', 'ﾎﾟﾙﾄｶﾞﾙ語'], languages: ['pt-BR'] },
  { id: 'd', parts: ['John Smith', 'Medical interpreting ＥＮＧＬＩＳＨ', 'file_name 1000 items'], languages: ['en'] },
];

let database: TestDatabase;
let connection: Database<{ documents: typeof documents }>;

beforeAll(async () => {
  database = await createTestDatabase(migrations.folder);
  connection = connectDatabase({ url: database.url, schema: { documents } });
  await connection.db.insert(documents).values(
    profiles.map(({ id, parts, languages }) => {
      const searchText = searchDocument(parts);
      return { id, searchText, searchGrams: bigrams(searchText), languages };
    }),
  );
});

afterAll(async () => {
  await connection?.close();
  await database?.drop();
  migrations.remove();
});

const search = async (query: string) => {
  const rows = await connection.db
    .select({ id: documents.id })
    .from(documents)
    .where(matchesEveryTerm(documents.searchGrams, documents.searchText, query))
    .orderBy(asc(documents.id));
  return rows.map((r) => r.id);
};

describe('matchesEveryTerm', () => {
  it('matches a two-character word such as 医療', async () => {
    expect(await search('医療')).toEqual(['a', 'b']);
  });

  it('requires every term (AND)', async () => {
    expect(await search('医療 通訳')).toEqual(['a']);
    expect(await search('通訳\u3000１００％')).toEqual(['c']);
  });

  it('matches a single-character term by substring alone', async () => {
    expect(await search('療')).toEqual(['a', 'b']);
  });

  it('matches a full-width query against half-width text and the reverse', async () => {
    expect(await search('ポルトガル')).toEqual(['c']);
    expect(await search('ﾍﾞﾄﾅﾑ')).toEqual(['a']);
    expect(await search('ＭＥＤＩＣＡＬ')).toEqual(['d']);
    expect(await search('English')).toEqual(['d']);
  });

  it('returns nothing for a term absent from every row', async () => {
    expect(await search('法律')).toEqual([]);
    expect(await search('医療 法律')).toEqual([]);
  });

  it('takes LIKE wildcards in the query literally', async () => {
    expect(await search('%')).toEqual(['c']);
    expect(await search('100%')).toEqual(['c']);
    expect(await search('_')).toEqual(['d']);
    expect(await search('e_n')).toEqual(['d']);
    expect(await search('e_i')).toEqual([]);
  });

  it('does not match a term across two parts of the document', async () => {
    expect(await search('語マ')).toEqual([]);
  });

  it('gives no condition for a query without terms', () => {
    expect(matchesEveryTerm(documents.searchGrams, documents.searchText, ' \u3000 ')).toBeUndefined();
  });

  it('narrows terms of two or more characters through the grams column', async () => {
    // A row whose grams were never computed is found by a single character only.
    await connection.db.insert(documents).values({ id: 'z', searchText: 'ガーデニング', searchGrams: [], languages: [] });
    try {
      expect(await search('ニ')).toEqual(['z']);
      expect(await search('デニ')).toEqual([]);
    } finally {
      await connection.sql`delete from documents where id = 'z'`;
    }
  });
});

describe('overlaps', () => {
  const speaking = async (languages: string[]) => {
    const rows = await connection.db
      .select({ id: documents.id })
      .from(documents)
      .where(overlaps(documents.languages, languages))
      .orderBy(asc(documents.id));
    return rows.map((r) => r.id);
  };

  it('matches rows sharing at least one value', async () => {
    expect(await speaking(['vi', 'pt-BR'])).toEqual(['a', 'c']);
    expect(await speaking(['en'])).toEqual(['b', 'd']);
  });

  it('matches nothing for values no row has, or for no values', async () => {
    expect(await speaking(['fr'])).toEqual([]);
    expect(await speaking([])).toEqual([]);
  });
});
