import { bigrams, conflict, forbidden, notFound, screenForPersonalData, searchDocument, type Identity, type ReviewDecision } from '@portal/platform';
import { guard, isAuthor, isVisible, libraryScope } from './authorization';
import type { CaseStudyKind, CaseStudyRow, CaseStudyStatus } from './db/schema';
import type { CaseStudyInput, CaseStudyUpdateInput } from './inputs';
import { caseStudyPublished } from './events';
import type { CaseStudyFilter, Store } from './store';

// The workflow: DRAFT → SUBMITTED → PUBLISHED | REJECTED; a REJECTED case becomes a DRAFT
// again when its author edits it; any case but an archived one can be ARCHIVED.

/** Columns kept in step with the text so that search runs on the GIN index. */
export function searchColumns(content: Pick<CaseStudyRow, 'title' | 'summary' | 'body'>) {
  const searchText = searchDocument([content.title, content.summary, content.body]);
  return { searchText, searchGrams: bigrams(searchText) };
}

export interface LibraryRequest {
  kinds?: CaseStudyKind[];
  fields?: string[];
  prefectureCodes?: string[];
  text?: string;
  statuses?: CaseStudyStatus[];
  mine?: boolean;
}

/** The library lists PUBLISHED cases unless other statuses are asked for, always within what the caller may see. */
export function libraryFilter(request: LibraryRequest, identity: Identity): CaseStudyFilter {
  return {
    kinds: request.kinds,
    fields: request.fields,
    prefectureCodes: request.prefectureCodes,
    text: request.text,
    statuses: request.statuses?.length ? request.statuses : ['PUBLISHED'],
    authorAccountId: request.mine ? identity.sub : undefined,
    visibleTo: libraryScope(identity),
  };
}

export async function createDraft(store: Store, identity: Identity, input: CaseStudyInput, now = new Date()): Promise<CaseStudyRow> {
  return store.insertCaseStudy({
    authorAccountId: identity.sub,
    ...input,
    status: 'DRAFT',
    piiFindings: [],
    createdAt: now,
    updatedAt: now,
    sortAt: now,
    ...searchColumns(input),
  });
}

/** The caller's own case: NOT_FOUND if they may not see it, FORBIDDEN if it is someone else's. */
async function ownCaseStudy(store: Store, identity: Identity, id: string, action: string): Promise<CaseStudyRow> {
  const [row] = await store.findCaseStudies([id]);
  if (!row || !isVisible(row, identity)) throw notFound('Case study', id);
  if (!isAuthor(row, identity)) throw forbidden(`Only the author may ${action} a case study`);
  return row;
}

const changed = (row: CaseStudyRow | null) => {
  if (!row) throw conflict('The case study was changed at the same time; reload it and try again');
  return row;
};

const EDITABLE: CaseStudyStatus[] = ['DRAFT', 'REJECTED'];

export async function updateDraft(store: Store, identity: Identity, id: string, input: CaseStudyUpdateInput, now = new Date()) {
  const row = await ownCaseStudy(store, identity, id, 'edit');
  if (!EDITABLE.includes(row.status)) throw conflict(`A ${row.status} case study cannot be edited; only drafts and rejected cases can`);
  const content = {
    kind: input.kind ?? row.kind,
    title: input.title ?? row.title,
    summary: input.summary ?? row.summary,
    body: input.body ?? row.body,
    fields: input.fields ?? row.fields,
    prefectureCode: input.prefectureCode ?? row.prefectureCode,
  };
  // Findings of an earlier submission no longer describe the new text.
  const patch = { ...content, status: 'DRAFT' as const, piiFindings: [], updatedAt: now, ...searchColumns(content) };
  return changed(await store.updateCaseStudy(id, EDITABLE, patch));
}

/**
 * Submits a draft whose checklist is confirmed (checked at the edge). With personal data in
 * the text the case stays a DRAFT and carries the (masked) findings.
 */
export async function submit(store: Store, identity: Identity, id: string, now = new Date()): Promise<CaseStudyRow> {
  const row = await ownCaseStudy(store, identity, id, 'submit');
  if (row.status !== 'DRAFT') throw conflict(`A ${row.status} case study cannot be submitted; only drafts can${row.status === 'REJECTED' ? ' (edit it first)' : ''}`);
  const piiFindings = screenForPersonalData({ title: row.title, summary: row.summary, body: row.body });
  const patch = piiFindings.length > 0 ? { piiFindings } : { status: 'SUBMITTED' as const, piiFindings, submittedAt: now, updatedAt: now };
  return changed(await store.updateCaseStudy(id, ['DRAFT'], patch));
}

/** Publishes or rejects a submitted case; a publication is announced (case_study.published) with it. */
export async function review(
  store: Store,
  id: string,
  decision: ReviewDecision,
  note: string | null,
  traceparent: string,
  now = new Date(),
): Promise<CaseStudyRow> {
  const [row] = await store.findCaseStudies([id]);
  if (!row) throw notFound('Case study', id);
  if (row.status !== 'SUBMITTED') throw conflict(`A ${row.status} case study cannot be reviewed; only submitted ones can`);
  const patch =
    decision === 'APPROVE'
      ? { status: 'PUBLISHED' as const, publishedAt: now, sortAt: now, reviewerNote: note, updatedAt: now }
      : { status: 'REJECTED' as const, reviewerNote: note, updatedAt: now };
  return store.transaction(async (tx) => {
    const reviewed = changed(await tx.updateCaseStudy(id, ['SUBMITTED'], patch));
    if (reviewed.status === 'PUBLISHED') await tx.recordEvents([caseStudyPublished(reviewed)], traceparent);
    return reviewed;
  });
}

const ARCHIVABLE: CaseStudyStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'];

/** Agency admins archive any case, authors their own. */
export async function archive(store: Store, identity: Identity, id: string, now = new Date()): Promise<CaseStudyRow> {
  const [row] = await store.findCaseStudies([id]);
  if (!row || !isVisible(row, identity)) throw notFound('Case study', id);
  if (!isAuthor(row, identity) && !guard.allows(identity, 'archiveAnyCaseStudy')) {
    throw forbidden('Only the author or an agency admin may archive a case study');
  }
  if (row.status === 'ARCHIVED') throw conflict('The case study is already archived');
  return changed(await store.updateCaseStudy(id, ARCHIVABLE, { status: 'ARCHIVED', updatedAt: now }));
}
