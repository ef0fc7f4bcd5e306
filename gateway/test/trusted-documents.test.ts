import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPortalClient, DirectorySearchDocument, documentIdOf, MyProfileDocument, PortalTransportError, RegisterCoordinatorDocument } from '@portal/client';
import { persistedDocuments } from '@portal/client/persisted-documents';
import { operationText } from '../../scripts/lib/operations';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../src/env';
import { documentIdOf as hashOf, loadManifest, type TrustedDocumentsMode } from '../src/trusted-documents';
import { TEST_LIMITS, useGateway } from './helpers';

const member = { sub: 'idp|c-1', roles: ['COORDINATOR' as const] };
const EMPTY_DIRECTORY = { coordinators: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } };
const SEARCH = { filter: { prefectureCodes: ['13'], text: '医療' }, first: 20 };
const searchId = documentIdOf(DirectorySearchDocument);
// The manifest's text, as the generated client would send it if it sent text.
const exactText = persistedDocuments[searchId]!;
// The same operation as written in schema/operations/portal.graphql, comments and all.
const reformatted = `# the directory\n${operationText('DirectorySearch').replace('totalCount', 'totalCount # how many')}`;
// A document of one's own: not in the contract.
const OWN = 'query Mine($first: Int) { coordinators(first: $first) { totalCount } }';

const NOT_TRUSTED = {
  errors: [{ message: "This operation is not one of the portal's trusted documents: send the documentId of a generated document", extensions: { code: 'OPERATION_NOT_TRUSTED' } }],
};
const NOT_FOUND = {
  errors: [{ message: "Unknown documentId: the gateway knows the documents of the portal's generated client only", extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
};

/** A gateway in `mode`, whose warnings are kept as parsed log lines. */
function gatewayIn(mode: TrustedDocumentsMode) {
  const lines: Record<string, unknown>[] = [];
  const gateway = useGateway({
    // The contract's operations are deeper than the other gateway tests allow.
    limits: { ...TEST_LIMITS, depth: 10 },
    trustedDocuments: { mode, manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH },
    log: { level: 'warn', stream: { write: (line) => void lines.push(JSON.parse(line)) } },
  });
  const token = () => gateway.token(member);
  const get = async (parameters: Record<string, string | string[]>) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) for (const v of [value].flat()) search.append(name, v);
    const response = await fetch(`${gateway.url}?${search}`, { headers: { authorization: `Bearer ${await token()}`, 'apollo-require-preflight': 'true' } });
    return { status: response.status, body: (await response.json()) as any };
  };
  const untrustedWarnings = () => lines.filter((line) => line.msg === 'served a document that is not trusted (TRUSTED_DOCUMENTS=log)');
  return { gateway, token, get, lines, untrustedWarnings };
}

describe('TRUSTED_DOCUMENTS=enforce', () => {
  const { gateway, token, get, lines } = gatewayIn('enforce');

  it('serves a generated document sent by id through the typed client', async () => {
    const client = createPortalClient({ url: gateway.url, token });
    const result = await client.execute(DirectorySearchDocument, SEARCH);
    expect(result).toEqual({ status: 200, data: EMPTY_DIRECTORY });
    // Typed: the compiler knows the shape of the result.
    const count: number | undefined = result.data?.coordinators?.totalCount;
    expect(count).toBe(0);
  });

  it('sends { documentId, variables } with the current token from a function, through the fetch it is given', async () => {
    const sent: unknown[] = [];
    const client = createPortalClient({
      url: gateway.url,
      token: async () => token(),
      fetch: (input, init) => (sent.push(JSON.parse(init.body as string)), fetch(input, init)),
    });
    expect((await client.execute(DirectorySearchDocument, SEARCH)).data).toEqual(EMPTY_DIRECTORY);
    expect(await client.execute(MyProfileDocument)).toEqual({ status: 200, data: { me: null } });
    expect(sent).toEqual([{ documentId: searchId, variables: SEARCH }, { documentId: documentIdOf(MyProfileDocument) }]);
  });

  it('throws PortalTransportError when the answer is not a GraphQL response', async () => {
    const client = createPortalClient({ url: gateway.url.replace(/\/graphql$/, '/nowhere'), token });
    await expect(client.execute(MyProfileDocument)).rejects.toThrow(new PortalTransportError(404));
    await expect(client.execute(MyProfileDocument)).rejects.toMatchObject({ name: 'PortalTransportError', status: 404 });
  });

  it('passes errors of a trusted document through the client, with their codes', async () => {
    const client = createPortalClient({ url: gateway.url, token });
    const tooMany = await client.execute(DirectorySearchDocument, { first: 1000 });
    expect(tooMany.status).toBe(200);
    expect(tooMany.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['first: must be between 1 and 100', 'BAD_USER_INPUT']]);
    const forbidden = await client.execute(RegisterCoordinatorDocument, { input: { accountId: 'idp|x', name: '試験', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] } });
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('still wants a valid token for a trusted document', async () => {
    const anonymous = await createPortalClient({ url: gateway.url }).execute(MyProfileDocument);
    expect(anonymous).toEqual({ status: 401, data: null, errors: [{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('serves the exact text of a trusted document, and the same operation formatted otherwise', async () => {
    // The second time, the reformatted text's verdict is remembered.
    for (const query of [exactText, reformatted, reformatted]) {
      const res = await gateway.post({ query, variables: SEARCH }, { token: await token() });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: EMPTY_DIRECTORY });
    }
  });

  it('refuses an unknown documentId with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const documentId of [hashOf(OWN), 'sha256:' + '0'.repeat(64), 'md5:abc', 'sha256:\u0000\u001b[31m', 'x'.repeat(10_000)]) {
      const res = await gateway.post({ documentId, variables: SEARCH }, { token: await token() });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(NOT_FOUND);
    }
  });

  it('refuses a text that is not a trusted document with OPERATION_NOT_TRUSTED, before anything runs', async () => {
    for (const query of [
      OWN,
      '{ __schema { types { name } } }',
      // One field more than the trusted DirectorySearch.
      exactText.replace('nameKana', 'nameKana bio'),
      // Not even a document.
      'query {',
      `${exactText}\u0000`,
      // Again: the remembered verdict refuses it too.
      OWN,
    ]) {
      const res = await gateway.post({ query, variables: SEARCH }, { token: await token() });
      expect(res.status, query).toBe(400);
      expect(res.body).toEqual(NOT_TRUSTED);
    }
    // Refused before authentication: nothing about the caller is revealed or needed.
    const anonymous = await gateway.post({ query: OWN });
    expect([anonymous.status, anonymous.body]).toEqual([400, NOT_TRUSTED]);
  });

  it('registers nothing through automatic persisted queries', async () => {
    const sha256Hash = hashOf(OWN).slice('sha256:'.length);
    const register = await gateway.post({ query: OWN, extensions: { persistedQuery: { version: 1, sha256Hash } } }, { token: await token() });
    expect([register.status, register.body]).toEqual([400, NOT_TRUSTED]);
    const byHash = await gateway.post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }, { token: await token() });
    // Apollo's own answer, with the 200 its protocol prescribes: the document was not kept.
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors.map((e: any) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });

  it('refuses a request with both documentId and query, or a documentId that is not a string', async () => {
    const both = await gateway.post({ documentId: searchId, query: exactText }, { token: await token() });
    expect([both.status, both.body]).toEqual([400, { errors: [{ message: 'Send either documentId or query, not both', extensions: { code: 'BAD_REQUEST' } }] }]);
    for (const documentId of [42, [searchId], { id: searchId }]) {
      const res = await gateway.post({ documentId }, { token: await token() });
      expect([res.status, res.body]).toEqual([400, { errors: [{ message: 'documentId must be given once, as a string', extensions: { code: 'BAD_REQUEST' } }] }]);
    }
  });

  it('serves GET requests by documentId and refuses unknown ones and untrusted texts', async () => {
    expect(await get({ documentId: searchId, variables: JSON.stringify(SEARCH) })).toEqual({ status: 200, body: { data: EMPTY_DIRECTORY } });
    expect(await get({ query: reformatted, variables: JSON.stringify(SEARCH) })).toEqual({ status: 200, body: { data: EMPTY_DIRECTORY } });
    expect(await get({ documentId: hashOf(OWN) })).toEqual({ status: 400, body: NOT_FOUND });
    expect(await get({ query: OWN })).toEqual({ status: 400, body: NOT_TRUSTED });
    // Given twice, the parameter could be read one way here and another by Apollo: refused.
    expect((await get({ documentId: [searchId, hashOf(OWN)] })).body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const twoTexts = await get({ query: [exactText, OWN] });
    expect(twoTexts.status).toBe(400);
    expect(twoTexts.body.errors[0].message).toBe("The 'query' search parameter may only be specified once.");
    // A mutation stays POST-only, trusted or not.
    const mutation = await get({ documentId: documentIdOf(RegisterCoordinatorDocument), variables: '{}' });
    expect(mutation.status).toBe(405);
  });

  it('logs nothing about refused documents', () => {
    expect(lines).toEqual([]);
  });
});

describe('TRUSTED_DOCUMENTS=log', () => {
  const { gateway, token, get, untrustedWarnings } = gatewayIn('log');

  it('serves trusted documents by id and by text without a word', async () => {
    const client = createPortalClient({ url: gateway.url, token });
    expect(await client.execute(DirectorySearchDocument, SEARCH)).toEqual({ status: 200, data: EMPTY_DIRECTORY });
    const res = await gateway.post({ query: reformatted, variables: SEARCH }, { token: await token() });
    expect(res.body).toEqual({ data: EMPTY_DIRECTORY });
    expect(untrustedWarnings()).toEqual([]);
  });

  it('serves an unknown document and logs it once, by id and operation name, never its variables', async () => {
    const secret = '090-1234-5678 山田花子';
    for (const query of [OWN, OWN, `  ${OWN.replace('totalCount', 'totalCount\n')}`]) {
      const res = await gateway.post({ query, variables: { first: 1, note: secret } }, { token: await token() });
      expect(res.body).toEqual({ data: { coordinators: { totalCount: 0 } } });
    }
    expect((await get({ query: OWN })).body).toEqual({ data: { coordinators: { totalCount: 0 } } });
    const warnings = untrustedWarnings();
    expect(warnings.map(({ documentId, operationName, level }) => ({ documentId, operationName, level }))).toEqual([
      { documentId: hashOf(`query Mine($first: Int) { coordinators(first: $first) { totalCount } }`), operationName: 'Mine', level: 40 },
    ]);
    expect(JSON.stringify(warnings)).not.toContain('山田');
    expect(JSON.stringify(warnings)).not.toContain('coordinators');
  });

  it('logs a document that does not parse by the hash of its text, and Apollo refuses it', async () => {
    const res = await gateway.post({ query: 'query {' }, { token: await token() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(untrustedWarnings().at(-1)).toMatchObject({ documentId: hashOf('query {'), operationName: null });
  });

  it('still refuses an unknown documentId: there is no text to serve', async () => {
    const res = await gateway.post({ documentId: hashOf(OWN) }, { token: await token() });
    expect([res.status, res.body]).toEqual([400, NOT_FOUND]);
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  const { gateway, token, get, lines } = gatewayIn('off');

  it('serves any document without logging, and generated documents by id', async () => {
    const own = await gateway.post({ query: OWN, variables: { first: 1 } }, { token: await token() });
    expect(own.body).toEqual({ data: { coordinators: { totalCount: 0 } } });
    expect(await get({ documentId: searchId, variables: JSON.stringify(SEARCH) })).toEqual({ status: 200, body: { data: EMPTY_DIRECTORY } });
    expect(await createPortalClient({ url: gateway.url, token }).execute(DirectorySearchDocument, SEARCH)).toEqual({ status: 200, data: EMPTY_DIRECTORY });
    const unknown = await gateway.post({ documentId: hashOf(OWN) }, { token: await token() });
    expect([unknown.status, unknown.body]).toEqual([400, NOT_FOUND]);
    expect(lines).toEqual([]);
  });

  it('registers nothing through automatic persisted queries either', async () => {
    const sha256Hash = hashOf(OWN).slice('sha256:'.length);
    const register = await gateway.post({ query: OWN, extensions: { persistedQuery: { version: 1, sha256Hash } } }, { token: await token() });
    expect(register.body.errors.map((e: any) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });
});

describe('the manifest', () => {
  it('is the generated client\'s, every id the hash of its text', () => {
    expect(Object.fromEntries(loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH))).toEqual(persistedDocuments);
  });

  it('is refused when an id does not match its text (edited by hand, or corrupted)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(path, JSON.stringify({ ...persistedDocuments, [searchId]: OWN }));
    expect(() => loadManifest(path)).toThrow(`${path}: 1 document ids do not match their texts (${searchId}); regenerate it with npm run codegen`);
    writeFileSync(path, JSON.stringify({ [searchId]: 42 }));
    expect(() => loadManifest(path)).toThrow(`${path}: not a manifest of trusted documents (TRUSTED_DOCUMENTS_PATH)`);
    expect(() => loadManifest(`${path}.missing`)).toThrow(`${path}.missing: not a manifest of trusted documents (TRUSTED_DOCUMENTS_PATH): ENOENT`);
  });
});
