import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Identity } from '@portal/platform';
import type { EventEnvelope } from '@portal/platform/events';
import type { GatewayContext } from './context';

/*
 * The gateway's response cache: whole query responses, per replica, in memory.
 *
 * A module of its own rather than a library: @apollo/server-plugin-response-cache keys by
 * cache-control hints and a session id and has no invalidation; @envelop/response-cache
 * has entity invalidation but wraps envelop's execute (Yoga, Hive Gateway), which Apollo
 * Server does not run. The Apollo plugin hooks (responseForOperation, willSendResponse) are
 * what this uses.
 *
 * Key: the operation (document hash and name), its variables, and everything that changes
 * what the caller may see: roles, prefecture scope, certification standing, and the caller
 * themself unless every field the operation selects is in SHARED_FIELDS (fields whose
 * answer depends on roles and scope only, and on ownership of the coordinators in it). A
 * shared entry is not served to a caller whose own coordinator id is in it (their contact,
 * their suspended profile, their drafts), and such a caller's answer is kept under their
 * own key. Forgetting a field in SHARED_FIELDS costs hits, never leaks.
 *
 * Freshness: every event invalidates the entries holding an id it names (`id:<uuid>`) and,
 * for its domain's entity types, every entry that lists them or selects them without an id
 * (`list:<Type>`): a change may move an entity into a list it was not in. An erasure or an
 * event of a domain the gateway does not know clears everything. Projections in other
 * services apply the same event a little later, so each event invalidates again after
 * SETTLE_MS; and an answer read before an invalidation that finishes after it is not kept.
 * A mutation through this replica invalidates what it names and lists, and everything kept
 * for its caller, at once. What no event tells (an endorsement, a notification read) lasts
 * until the TTL; so does a figure computed from events (reporting). Mutations, errors and
 * partial data are never kept.
 */

/**
 * Fields whose answer depends only on roles, scope, certification standing and ownership
 * (see above). Not `Coordinator.endorsedPartners`: a partner no longer approved is still
 * seen there by whoever proposed it, whom the gateway does not know.
 */
const SHARED_FIELDS = new Set([
  'Query.coordinators',
  'Query.coordinator',
  'CoordinatorConnection.*',
  'CoordinatorEdge.*',
  'PageInfo.*',
  'Coordinator.id',
  'Coordinator.name',
  'Coordinator.nameKana',
  'Coordinator.bio',
  'Coordinator.activityRegions',
  'Coordinator.expertiseFields',
  'Coordinator.languages',
  'Coordinator.qualifications',
  'Coordinator.currentWorkplace',
  'Coordinator.contact',
  'Coordinator.certification',
  'Coordinator.caseStudies',
  'ActivityRegion.*',
  'LanguageSkill.*',
  'Workplace.*',
  'ContactDetails.*',
  'Certification.*',
  'CaseStudy.id',
  'CaseStudy.title',
  'CaseStudy.kind',
  'CaseStudy.publishedAt',
]);

/** The entity types whose entries an event of each domain (its type's first part) may change. */
const DOMAIN_TYPES: Record<string, string[]> = {
  coordinator: ['Coordinator', 'TrainingSession'],
  partner: ['PartnerOrganization'],
  case_study: ['CaseStudy', 'StudyMeeting'],
  study_meeting: ['StudyMeeting'],
  announcement: ['Announcement'],
  survey: ['Survey', 'ReportedSurvey', 'SurveyResponse'],
  field_issue: ['FieldIssue'],
  referral: ['Referral'],
  consultation: ['ConsultationThread', 'ConsultationAnswer', 'CaseStudy'],
  activity_report: ['ActivityReport'],
  // Where a member's mail goes: nothing any query shows.
  notification_address: [],
};
/**
 * Root fields that show no entity but follow one: what invalidates their answers. Any other
 * root field that reaches no entity (a figure, a suggestion list of values) is not cached:
 * no event names what it depends on.
 */
const ROOT_FIELD_TYPES: Record<string, string> = { 'Query.unreadAnnouncementCount': 'Announcement' };
/**
 * Never cached: a member's notifications are written by a consumer of every kind of event,
 * some time after it, and read by their owner alone: little to share, much to serve stale.
 */
const UNCACHED_ROOT_FIELDS = new Set(['Query.myNotifications', 'Query.myNotificationPreferences']);
/** Events whose effects reach every service. */
const CLEARS_ALL = new Set(['coordinator.erased']);
const SETTLE_MS = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** The coordinator the caller is, if any: what a shared entry must not be served across. */
  coordinatorIdOf: (accountId: string) => string | undefined;
}

export interface Analysis {
  kind: 'query' | 'mutation' | 'subscription';
  /** False when a root field reaches no entity: nothing would tell when its answer changes. */
  cacheable: boolean;
  shared: boolean;
  /** `list:<Type>` for the entity types listed or selected without an id. */
  listTags: string[];
  /** `list:<Type>` for every entity type selected: what a mutation may have changed. */
  typeTags: string[];
}

/** Why entries left the store: an event of the stream, a mutation through this replica, their TTL, or room for newer ones. */
export type DropReason = 'event' | 'mutation' | 'ttl' | 'evicted';

/** What the cache did since it started: what its metrics expose. */
export interface ResponseCacheCounts {
  /** Cacheable queries answered from the store, and those it had no answer for. */
  hits: number;
  misses: number;
  /** Answers kept. */
  stores: number;
  dropped: Record<DropReason, number>;
}

interface Entry {
  data: Record<string, unknown>;
  tags: string[];
  /** Every id in the answer and its variables. */
  ids: Set<string>;
  expiresAt: number;
}

/** The store: entries by key, their tags, and when each tag was last invalidated. */
export class ResponseStore {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly invalidatedAt = new Map<string, number>();
  /** Invalidations so far; an answer remembers the count it was read at. */
  private epoch = 0;
  /** Everything invalidated at or before this epoch (a clear, or a trimmed invalidatedAt). */
  private floor = 0;
  readonly counts: ResponseCacheCounts = { hits: 0, misses: 0, stores: 0, dropped: { event: 0, mutation: 0, ttl: 0, evicted: 0 } };

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  get size() {
    return this.entries.size;
  }

  get currentEpoch() {
    return this.epoch;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key, 'ttl');
      return undefined;
    }
    // Map order is recency: the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an answer read at `readAt` unless one of its tags was invalidated since. */
  set(key: string, entry: Omit<Entry, 'expiresAt'>, readAt: number): boolean {
    if (readAt < this.floor || entry.tags.some((tag) => (this.invalidatedAt.get(tag) ?? 0) > readAt)) return false;
    this.remove(key);
    this.counts.stores += 1;
    this.entries.set(key, { ...entry, expiresAt: this.now() + this.options.ttlMs });
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    if (this.entries.size > this.options.maxEntries) this.remove(this.entries.keys().next().value!, 'evicted');
    return true;
  }

  invalidate(tags: Iterable<string>, reason: DropReason): void {
    this.epoch += 1;
    for (const tag of tags) {
      this.invalidatedAt.set(tag, this.epoch);
      for (const key of this.byTag.get(tag) ?? []) this.remove(key, reason);
    }
    // Only answers still being read need these; trimming makes every such answer unkept.
    if (this.invalidatedAt.size > 100_000) {
      this.invalidatedAt.clear();
      this.floor = this.epoch + 1;
    }
  }

  clear(reason: DropReason): void {
    this.epoch += 1;
    this.floor = this.epoch + 1;
    this.counts.dropped[reason] += this.entries.size;
    this.entries.clear();
    this.byTag.clear();
    this.invalidatedAt.clear();
  }

  /** Removes an entry; with a reason, counts it dropped (without, it is being replaced). */
  private remove(key: string, reason?: DropReason) {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (reason) this.counts.dropped[reason] += 1;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }

  private now() {
    return this.options.now?.() ?? Date.now();
  }
}

/** What an event changes: the ids it names and the lists of its domain's entity types; null: everything. */
export function eventTags(event: Pick<EventEnvelope, 'type' | 'data'>): string[] | null {
  const types = DOMAIN_TYPES[event.type.split('.')[0]!];
  if (!types || CLEARS_ALL.has(event.type)) return null;
  return [...types.map((type) => `list:${type}`), ...[...idsIn(event.data)].map((id) => `id:${id}`)];
}

function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) idsIn(item, into);
  }
  return into;
}

/** Ids of an answer: the `id` of every object in it, and every id-shaped string of the variables. */
function answerIds(data: unknown, variables: unknown): Set<string> {
  const ids = idsIn(variables);
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (name === 'id' && typeof item === 'string') ids.add(item);
        else walk(item);
      }
    }
  };
  walk(data);
  return ids;
}

export function analyze(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Analysis | null {
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const selectsId = (selectionSet: SelectionSetNode, seen = new Set<string>()): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'id' && !selection.alias;
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectsId(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      return selectsId(fragment.selectionSet, seen);
    });

  let shared = true;
  // Selections of the operation itself (not of its fragments) other than fields make every
  // root field's subtree unknowable here.
  let cacheable = operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD);
  let rootReachesEntity = false;
  const listTags = new Set<string>();
  const typeTags = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  // Whether each field being visited is inside a list, outermost first.
  const inList: boolean[] = [];
  const visitor = visitWithTypeInfo(typeInfo, {
    Field: {
      enter(field) {
        const parent = typeInfo.getParentType();
        const name = field.name.value;
        if (name !== '__typename' && parent && !SHARED_FIELDS.has(`${parent.name}.${name}`) && !SHARED_FIELDS.has(`${parent.name}.*`)) shared = false;
        const type = typeInfo.getType();
        const listed = (inList.at(-1) ?? false) || (type !== null && isListType(getNullableType(type)));
        inList.push(listed);
        const named = type && getNamedType(type);
        if (inList.length === 1 && visitingOperation) {
          rootReachesEntity = false;
          if (UNCACHED_ROOT_FIELDS.has(`${parent?.name}.${name}`)) cacheable = false;
          const follows = ROOT_FIELD_TYPES[`${parent?.name}.${name}`];
          if (follows) {
            rootReachesEntity = true;
            listTags.add(`list:${follows}`);
          }
        }
        if (named && isObjectType(named) && named.getFields().id) {
          rootReachesEntity = true;
          typeTags.add(`list:${named.name}`);
          if (listed || !field.selectionSet || !selectsId(field.selectionSet)) listTags.add(`list:${named.name}`);
        }
      },
      leave() {
        inList.pop();
        if (inList.length === 0 && visitingOperation && !rootReachesEntity) cacheable = false;
      },
    },
  });
  // Fragments are visited where they are defined; their fields count wherever they are spread.
  let visitingOperation = true;
  visit(operation, visitor);
  visitingOperation = false;
  for (const fragment of fragments.values()) visit(fragment, visitor);
  return { kind: operation.operation, cacheable, shared, listTags: [...listTags], typeTags: [...typeTags] };
}

const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item,
  );

function scopeOf(identity: Identity): string {
  return sortedJson({
    roles: [...identity.roles].sort(),
    prefectures: [...(identity.prefectureCodes ?? [])].sort(),
    inactive: 'certificationInactive' in identity && identity.certificationInactive === true,
  });
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<GatewayContext>;
  store: ResponseStore;
  /** Applies an event of the stream (now, and again once projections have had time to follow). */
  apply(event: Pick<EventEnvelope, 'type' | 'data'>): void;
  stop(): void;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const store = new ResponseStore(options);
  const analyses = new WeakMap<DocumentNode, Map<string, Analysis | null>>();
  const settling = new Set<NodeJS.Timeout>();

  function analysisOf(rc: GraphQLRequestContext<GatewayContext>): Analysis | null {
    if (!rc.document) return null;
    let byName = analyses.get(rc.document);
    if (!byName) analyses.set(rc.document, (byName = new Map()));
    const name = rc.operationName ?? '';
    if (!byName.has(name)) byName.set(name, analyze(rc.schema, rc.document, rc.operationName ?? undefined));
    return byName.get(name)!;
  }

  const keyOf = (rc: GraphQLRequestContext<GatewayContext>, personal: boolean) =>
    [
      personal ? `sub:${rc.contextValue.identity.sub}` : 'shared',
      scopeOf(rc.contextValue.identity),
      rc.queryHash,
      rc.operationName ?? '',
      sortedJson(rc.request.variables ?? {}),
    ].join('\n');

  const invalidate = (tags: string[] | null, reason: DropReason) => (tags ? store.invalidate(tags, reason) : store.clear(reason));

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      const readAt = store.currentEpoch;
      let served = false;
      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          const analysis = analysisOf(rc);
          if (analysis?.kind !== 'query' || !analysis.cacheable) return null;
          const own = options.coordinatorIdOf(rc.contextValue.identity.sub);
          const shared = analysis.shared ? store.get(keyOf(rc, false)) : undefined;
          const entry = shared && !(own && shared.ids.has(own)) ? shared : store.get(keyOf(rc, true));
          if (!entry) {
            store.counts.misses += 1;
            return null;
          }
          store.counts.hits += 1;
          served = true;
          return { http: { status: undefined, headers: new HeaderMap([['x-portal-cache', 'hit']]) }, body: { kind: 'single', singleResult: { data: entry.data } } };
        },
        async willSendResponse(rc) {
          const analysis = analysisOf(rc);
          if (!analysis || served) return;
          const { body } = rc.response;
          const identity = rc.contextValue.identity;
          if (analysis.kind === 'mutation') {
            const data = body.kind === 'single' ? body.singleResult.data : undefined;
            const own = options.coordinatorIdOf(identity.sub);
            const ids = [...answerIds(data, rc.request.variables), ...(own ? [own] : [])];
            invalidate([`sub:${identity.sub}`, ...analysis.typeTags, ...ids.map((id) => `id:${id}`)], 'mutation');
            return;
          }
          if (analysis.kind !== 'query' || !analysis.cacheable || body.kind !== 'single') return;
          const { data, errors } = body.singleResult;
          if (errors?.length || !data) return;
          const ids = answerIds(data, rc.request.variables);
          const own = options.coordinatorIdOf(identity.sub);
          const personal = !analysis.shared || (own !== undefined && ids.has(own));
          const tags = [...analysis.listTags, ...[...ids].map((id) => `id:${id}`), ...(personal ? [`sub:${identity.sub}`] : [])];
          store.set(keyOf(rc, personal), { data, tags, ids }, readAt);
          rc.response.http.headers.set('x-portal-cache', 'miss');
        },
      };
    },
  };

  return {
    plugin,
    store,
    apply(event) {
      const tags = eventTags(event);
      invalidate(tags, 'event');
      const timer = setTimeout(() => {
        settling.delete(timer);
        invalidate(tags, 'event');
      }, SETTLE_MS);
      timer.unref();
      settling.add(timer);
    },
    stop() {
      for (const timer of settling) clearTimeout(timer);
      settling.clear();
    },
  };
}
