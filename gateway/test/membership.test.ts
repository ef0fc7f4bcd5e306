import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStream, eventStream, natsConnector, type EventEnvelope } from '@portal/platform/events';
import { buildService } from '@portal/platform';
import { service as announcements } from '../../services/announcements/src/service';
import { service as caseStudies } from '../../services/case-studies/src/service';
import { service as collaboration } from '../../services/collaboration/src/service';
import { service as partners } from '../../services/partners/src/service';
import { service as surveys } from '../../services/surveys/src/service';
import { MEMBER_PROBES } from '../../scripts/lib/member-probes';
import { useGateway } from './helpers';

// Every subgraph a member uses, for real, with the directory's relay on a stream of this
// file's own; the gateway follows that stream's certification events. Its clock is the
// test's, so that expiry can be judged on any day.
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
const clock = { now: new Date() };
const applied: EventEnvelope[] = [];
const waiting: { match: (event: EventEnvelope) => boolean; resolve: () => void }[] = [];
let nc: NatsConnection;

beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
});

const gateway = useGateway(
  {
    certifications: {
      connect: natsConnector(inject('natsUrl'), 'gateway-certifications-test'),
      stream,
      graceDays: 90,
      clock: () => clock.now,
      onApplied: (event) => {
        applied.push(event);
        for (const waiter of waiting.filter((w) => w.match(event))) waiter.resolve();
      },
    },
  },
  {
    subgraphs: [
      { name: partners.name, build: (options) => buildService(partners, options) },
      { name: caseStudies.name, build: (options) => buildService(caseStudies, options) },
      { name: announcements.name, build: (options) => buildService(announcements, options) },
      { name: surveys.name, build: (options) => buildService(surveys, options) },
      { name: collaboration.name, build: (options) => buildService(collaboration, options) },
    ],
    events: { natsUrl: inject('natsUrl'), streamName: stream.name },
  },
);

afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
});

/**
 * Resolves once the gateway has applied, after the first `since` events, an event of the
 * coordinator with the certification status `status`.
 */
function gatewayApplied(since: number, coordinatorId: string, status: string): Promise<void> {
  const match = (event: EventEnvelope) => event.data.coordinatorId === coordinatorId && event.data.certificationStatus === status;
  if (applied.slice(since).some(match)) return Promise.resolve();
  return new Promise((resolve) => waiting.push({ match, resolve }));
}

const admin = { sub: 'idp|admin', roles: ['AGENCY_ADMIN' as const] };
const asMember = (sub: string) => ({ sub, roles: ['COORDINATOR' as const] });

async function send(caller: { sub: string; roles: string[] }, query: string, variables?: Record<string, unknown>) {
  const response = await gateway.post({ query, variables }, { token: await gateway.token({ sub: caller.sub, roles: caller.roles as never }) });
  return response.body as { data: Record<string, unknown> | null; errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[] };
}

async function register(accountId: string): Promise<{ id: string; validUntil: string }> {
  const since = applied.length;
  const { data } = await send(admin, 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id certification { validUntil } } }', {
    input: { accountId, name: '試験 花子', cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }] },
  });
  const registered = data!.registerCoordinator as { id: string; certification: { validUntil: string } };
  await gatewayApplied(since, registered.id, 'ACTIVE');
  return { id: registered.id, validUntil: registered.certification.validUntil };
}

async function setStatus(id: string, status: string) {
  const since = applied.length;
  const { errors } = await send(admin, `mutation($id: ID!) { setCertificationStatus(id: $id, status: ${status}) { id } }`, { id });
  expect(errors).toBeUndefined();
  await gatewayApplied(since, id, status);
}

// A member operation of every service a member uses, and a write.
const MEMBER_OPERATIONS = {
  ...MEMBER_PROBES,
  'a profile edit': 'mutation { updateMyProfile(input: { bio: "更新" }) { id } }',
};

/** What each member operation answered: `ok`, or the code and reason of its errors. */
async function memberAccess(sub: string) {
  const outcomes: Record<string, string> = {};
  for (const [name, query] of Object.entries(MEMBER_OPERATIONS)) {
    const { errors } = await send(asMember(sub), query);
    outcomes[name] = errors ? errors.map((e) => `${e.extensions.code} ${e.extensions.reason ?? ''}`.trim()).join(', ') : 'ok';
  }
  return outcomes;
}

const everywhere = (outcome: string) => Object.fromEntries(Object.keys(MEMBER_OPERATIONS).map((name) => [name, outcome]));
const REFUSED = 'FORBIDDEN CERTIFICATION_INACTIVE';

/** A day in Japan as an instant at noon there. */
const japanNoon = (date: string) => new Date(`${date}T12:00:00+09:00`);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('member access follows the certification, through the gateway, in every service', () => {
  it('reports in /ready that the certifications have caught up with the stream', async () => {
    const ready = await fetch(new URL('/ready', gateway.url));
    expect(((await ready.json()) as { certifications: string }).certifications).toBe('caught up');
  });

  it('a suspension refuses every member operation everywhere, and reinstatement gives them back', async () => {
    const member = await register('idp|suspended');
    await register('idp|bystander');
    expect(await memberAccess('idp|suspended')).toEqual(everywhere('ok'));

    await setStatus(member.id, 'SUSPENDED');
    expect(await memberAccess('idp|suspended')).toEqual(everywhere(REFUSED));
    expect(await memberAccess('idp|bystander')).toEqual(everywhere('ok'));

    await setStatus(member.id, 'ACTIVE');
    expect(await memberAccess('idp|suspended')).toEqual(everywhere('ok'));
  });

  it('the refusal says why, and leaves the member their own profile and certification', async () => {
    const member = await register('idp|revoked');
    await setStatus(member.id, 'REVOKED');
    expect(await send(asMember('idp|revoked'), '{ coordinators(first: 1) { totalCount } }')).toEqual({
      data: { coordinators: null },
      errors: [
        {
          message: 'Your certification is not active: renew it or ask the agency to reinstate it',
          path: ['coordinators'],
          extensions: { code: 'FORBIDDEN', reason: 'CERTIFICATION_INACTIVE' },
        },
      ],
    });
    expect(await send(asMember('idp|revoked'), '{ me { id certification { status } } }')).toEqual({
      data: { me: { id: member.id, certification: { status: 'REVOKED' } } },
    });
    // Another service's field on the own profile is member content: refused, the profile stays.
    const withCases = await send(asMember('idp|revoked'), '{ me { id caseStudies { id } } }');
    expect(withCases.data).toEqual({ me: { id: member.id, caseStudies: null } });
    expect(withCases.errors!.map((e) => [e.path![0], e.path!.at(-1), e.extensions.code, e.extensions.reason])).toEqual([['me', 'caseStudies', 'FORBIDDEN', 'CERTIFICATION_INACTIVE']]);
  });

  it('an expired certification keeps access through the grace period of 90 days and loses it the day after', async () => {
    const member = await register('idp|expiring');
    try {
      clock.now = japanNoon(addDays(member.validUntil, 1));
      expect(await memberAccess('idp|expiring')).toEqual(everywhere('ok'));
      clock.now = japanNoon(addDays(member.validUntil, 90));
      expect(await memberAccess('idp|expiring')).toEqual(everywhere('ok'));
      clock.now = japanNoon(addDays(member.validUntil, 91));
      expect(await memberAccess('idp|expiring')).toEqual(everywhere(REFUSED));
    } finally {
      clock.now = new Date();
    }
  });

  it('an account the directory does not know, and agency staff, are judged by their roles alone', async () => {
    expect((await send(asMember('idp|not-registered'), '{ partners(first: 1) { totalCount } }')).errors).toBeUndefined();
    const member = await register('idp|staff-and-member');
    await setStatus(member.id, 'SUSPENDED');
    const both = { sub: 'idp|staff-and-member', roles: ['COORDINATOR', 'AGENCY_ADMIN'] };
    expect((await send(both, '{ partners(first: 1) { totalCount } }')).errors).toBeUndefined();
  });
});
