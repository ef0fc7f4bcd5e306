import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildService, startTracing, type ServiceOptions } from '@portal/platform';
import { ensureStream, eventStream } from '@portal/platform/events';
import { eventually, InMemorySpanExporter, type ReadableSpan } from '@portal/platform/testing';
import { service as reporting } from '../../services/reporting/src/service';
import { service as surveys } from '../../services/surveys/src/service';
import { useGateway } from './helpers';

// One submitted survey response, followed from the gateway through the surveys subgraph, its
// outbox and relay, NATS, to the reporting projection's database write: one trace. The
// processes run in this one, sharing an in-memory exporter; between them the trace context
// travels as it does between processes, in HTTP and NATS message headers.
const exporter = new InMemorySpanExporter();
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
let stopTracing: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
  await nc.close();
  // Before the apps are built: their resolvers are wrapped only when tracing is on.
  stopTracing = startTracing('portal', { exporter });
});
afterAll(async () => {
  await stopTracing?.();
  const nc = await connect({ servers: inject('natsUrl') });
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
});

const withEvents = (definition: typeof surveys | typeof reporting) => ({
  name: definition.name,
  build: (options: ServiceOptions) => buildService(definition as never, { ...options, events: { natsUrl: inject('natsUrl'), streamName: stream.name } }),
});
const gateway = useGateway({}, { subgraphs: [withEvents(surveys), withEvents(reporting)] });

const admin = { sub: 'idp|trace-admin', roles: ['AGENCY_ADMIN' as const] };
const member = { sub: 'idp|trace-member', roles: ['COORDINATOR' as const] };
const ANSWER = '夜間の医療通訳がない 090-7781-2345';

async function run(caller: typeof admin | typeof member, query: string, variables: Record<string, unknown>) {
  const response = await gateway.post({ query, variables }, { token: await gateway.token(caller) });
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

const named = (spans: ReadableSpan[], name: string | RegExp) => spans.filter((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)));

describe('a trace from the gateway to the dashboard', () => {
  it('follows one survey response from its request to the reporting projection, with nothing personal in any span', async () => {
    const { createSurvey: survey } = await run(admin, 'mutation Create($input: CreateSurveyInput!) { createSurvey(input: $input) { id questions { id } } }', {
      input: { title: '追跡テスト', closesAt: '2099-03-31T23:59:59+09:00', questions: [{ kind: 'FREE_TEXT', prompt: '課題', required: true }] },
    });
    await run(admin, 'mutation Open($id: ID!) { openSurvey(id: $id) { id } }', { id: survey.id });
    exporter.reset();
    await run(member, 'mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) { id } }', {
      surveyId: survey.id,
      answers: [{ questionId: survey.questions[0].id, text: ANSWER }],
    });

    // The projection's write of the response, in a trace that starts at the gateway.
    const appliedResponse = () => {
      const spans = exporter.getFinishedSpans();
      const processing = new Set(named(spans, /survey\.response_submitted process$/).map((p) => p.spanContext().spanId));
      return named(spans, 'reporting.apply').find((span) => processing.has(span.parentSpanContext?.spanId ?? ''));
    };
    /** The finished spans from `span` up its parents, root first. */
    const ancestry = (span: ReadableSpan) => {
      const byId = new Map(exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === span.spanContext().traceId).map((s) => [s.spanContext().spanId, s]));
      const spans: ReadableSpan[] = [];
      for (let next: ReadableSpan | undefined = span; next; next = byId.get(next.parentSpanContext?.spanId ?? '')) spans.unshift(next);
      return spans;
    };
    // A parent ends after the spans it started, and the relay's publish may end after the
    // consumer has applied the event: every span up to the gateway's root has to have ended.
    await eventually(() => {
      const applied = appliedResponse();
      return applied !== undefined && ancestry(applied)[0]!.parentSpanContext === undefined;
    }, 'the reporting projection applying the response, every span up to the request ended');
    const applied = appliedResponse()!;
    const trace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === applied.spanContext().traceId);
    const chain = ancestry(applied).map((span) => span.name);

    expect(chain[0]).toBe('POST /graphql');
    expect(chain).toEqual(
      expect.arrayContaining([
        'gateway.request',
        'gateway.execute',
        'gateway.fetch',
        'graphql.resolve Mutation.submitSurveyResponse',
        `${stream.subjectPrefix}.survey.response_submitted publish`,
        `${stream.subjectPrefix}.survey.response_submitted process`,
        'reporting.apply',
      ]),
    );
    // The gateway's server span, then the subgraph's: two POST /graphql in the chain.
    expect(chain.filter((name) => name === 'POST /graphql')).toHaveLength(2);
    expect(named(trace, /^surveys\./).length).toBeGreaterThan(0);
    expect(named(trace, 'gateway.plan').length).toBe(1);
    // Names and attributes only: no answer, no token, no SQL parameters.
    const text = JSON.stringify(trace.map((s) => [s.name, s.attributes]));
    expect(text).not.toContain('7781-2345');
    expect(text).not.toContain('夜間');
    expect(text).not.toMatch(/insert into|select /i);
  });
});
