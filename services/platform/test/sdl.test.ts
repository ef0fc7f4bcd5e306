import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONSULTATION_FIELD_VALUES, PII_KINDS, sharedTypeDefs } from '../src';

describe('sharedTypeDefs', () => {
  it('writes enums from the shared vocabulary, one value a line', () => {
    expect(sharedTypeDefs('LanguageLevel')).toBe('enum LanguageLevel {\n  NATIVE\n  FLUENT\n  BUSINESS\n  CONVERSATIONAL\n  BASIC\n}');
  });

  it('joins the requested types with a blank line, in the order asked', () => {
    expect(sharedTypeDefs('Date', 'DateTime')).toBe('scalar Date\n\nscalar DateTime');
    expect(sharedTypeDefs()).toBe('');
  });

  it('gives SDL that graphql-js accepts, with every consultation field', () => {
    const sdl = `directive @shareable on OBJECT\n${sharedTypeDefs('ConsultationField', 'ReviewDecision', 'FieldIssueCategory', 'PageInfo', 'Date', 'DateTime')}\ntype Query { ok: Boolean }`;
    const schema = buildSchema(sdl);
    expect(schema.getType('ConsultationField')!.toString()).toBe('ConsultationField');
    expect((schema.getType('ConsultationField') as import('graphql').GraphQLEnumType).getValues().map((v) => v.name)).toEqual(CONSULTATION_FIELD_VALUES);
    expect(sdl).toContain('type PageInfo @shareable {\n  hasNextPage: Boolean!\n  endCursor: String\n}');
  });

  it('writes the personal-data finding every screened text reports, with a PiiKind value per kind the screen knows', () => {
    const schema = buildSchema(`directive @shareable on OBJECT\n${sharedTypeDefs('PiiKind', 'PiiFinding')}\ntype Query { ok: Boolean }`);
    expect((schema.getType('PiiKind') as import('graphql').GraphQLEnumType).getValues().map((v) => v.name)).toEqual([...PII_KINDS]);
    expect(Object.keys((schema.getType('PiiFinding') as import('graphql').GraphQLObjectType).getFields())).toEqual(['kind', 'field', 'excerpt']);
  });
});
