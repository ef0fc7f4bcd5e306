import { randomUUID } from 'node:crypto';
import { badInput, bigrams, normalizeText, searchDocument } from '@portal/platform';
import type { PartnerRow, ServiceAreaRow, ServiceRow } from './db/schema';
import type { ProposePartnerInput, ServiceInput, UpdatePartnerInput } from './inputs';

// A partner as HSDS 3.0 describes an organisation: its own details, and the services it
// offers, each with fields, languages, service areas, phones, contacts and schedules. The
// directory's flat view (fields, serviceAreas, languages, contact) is a summary of it.

/** The parts of a partner that people edit (the workflow columns aside). */
export interface PartnerDocument {
  name: string;
  description: string | null;
  legalStatus: string | null;
  email: string | null;
  website: string | null;
  phone: string | null;
  services: ServiceRow[];
}

export const DOCUMENT_FIELDS = ['name', 'description', 'legalStatus', 'email', 'website', 'phone'] as const;

/** "*" in prefecture_codes: a service area that serves every prefecture. */
export const EVERY_PREFECTURE = '*';

export const documentOf = (row: PartnerRow): PartnerDocument => ({
  name: row.name,
  description: row.description,
  legalStatus: row.legalStatus,
  email: row.email,
  website: row.website,
  phone: row.phone,
  services: row.services,
});

const distinct = <T>(items: T[], keyOf: (item: T) => string = String) => [...new Map(items.map((item) => [keyOf(item), item])).values()];

const areaKey = (area: ServiceAreaRow) => `${area.scope}|${area.prefectureCode}|${area.municipality}`;

/** Every area any service serves, in the order they first appear. */
export const summaryServiceAreas = (services: ServiceRow[]) => distinct(services.flatMap((s) => s.serviceAreas), areaKey);

export const summaryLanguages = (services: ServiceRow[]) => distinct(services.flatMap((s) => s.languages));

/** Columns kept in step with the document so that filters and search run on indexes. */
export function derivedColumns(document: PartnerDocument) {
  const searchText = searchDocument([
    document.name,
    document.description,
    ...document.services.flatMap((s) => [s.name, s.description]),
  ]);
  const areas = summaryServiceAreas(document.services);
  return {
    fields: distinct(document.services.flatMap((s) => s.fields)),
    prefectureCodes: distinct(areas.map((a) => (a.scope === 'PREFECTURE' ? a.prefectureCode! : EVERY_PREFECTURE))),
    // A search for "pt" finds partners speaking pt-BR too: the primary subtag is indexed as well.
    languageCodes: distinct(summaryLanguages(document.services).flatMap((tag) => [tag, tag.split('-')[0]!])),
    sortKey: normalizeText(document.name),
    searchText,
    searchGrams: bigrams(searchText),
  };
}

const serviceRow = (input: ServiceInput, id: string): ServiceRow => ({
  id,
  name: input.name,
  description: input.description,
  url: input.url,
  email: input.email,
  fields: input.fields,
  languages: input.languages,
  serviceAreas: input.serviceAreas,
  phones: input.phones,
  contacts: input.contacts,
  schedules: input.schedules,
});

/** The one service of a partner proposed with the directory's flat fields. */
function mainService(
  name: string,
  description: string | null,
  summary: { fields: string[]; serviceAreas: ServiceAreaRow[]; languages: string[] },
  contact: { phone: string | null; email: string | null; url: string | null },
  id: string,
): ServiceRow {
  return {
    id,
    name,
    description,
    url: contact.url,
    email: contact.email,
    fields: summary.fields,
    languages: summary.languages,
    serviceAreas: summary.serviceAreas,
    phones: contact.phone ? [{ number: contact.phone, extension: null, type: 'VOICE', description: null, languages: [] }] : [],
    contacts: [],
    schedules: [],
  };
}

export function proposedDocument(input: ProposePartnerInput, newId: () => string = randomUUID): PartnerDocument {
  const contact = { phone: input.contact?.phone ?? null, email: input.contact?.email ?? null, url: input.contact?.url ?? null };
  const services = input.services
    ? input.services.map((s) => serviceRow(s, newId()))
    : [mainService(input.name, input.description, { fields: input.fields!, serviceAreas: input.serviceAreas!, languages: input.languages ?? [] }, contact, newId())];
  return {
    name: input.name,
    description: input.description,
    legalStatus: input.legalStatus,
    email: contact.email,
    website: contact.url,
    phone: contact.phone,
    services,
  };
}

/**
 * The document after an edit. `services` replaces the list (a service keeps its id when
 * the input names it); the flat fields, serviceAreas and languages edit the only service
 * of a partner that has one.
 */
export function updatedDocument(current: PartnerDocument, input: UpdatePartnerInput, newId: () => string = randomUUID): PartnerDocument {
  const contactGiven = input.contact !== undefined;
  return {
    name: input.name ?? current.name,
    description: input.description !== undefined ? input.description : current.description,
    legalStatus: input.legalStatus !== undefined ? input.legalStatus : current.legalStatus,
    email: contactGiven ? (input.contact?.email ?? null) : current.email,
    website: contactGiven ? (input.contact?.url ?? null) : current.website,
    phone: contactGiven ? (input.contact?.phone ?? null) : current.phone,
    services: input.services ? replacedServices(current.services, input.services, newId) : editedOnlyService(current.services, input),
  };
}

function replacedServices(current: ServiceRow[], inputs: ServiceInput[], newId: () => string): ServiceRow[] {
  const known = new Set(current.map((s) => s.id));
  const issues = inputs.flatMap((s, i) => (s.id && !known.has(s.id) ? [{ field: `input.services.${i}.id`, message: 'is not a service of this partner' }] : []));
  const ids = inputs.map((s) => s.id).filter(Boolean);
  if (new Set(ids).size !== ids.length) issues.push({ field: 'input.services', message: 'must name each service once' });
  if (issues.length > 0) throw badInput(issues);
  return inputs.map((s) => serviceRow(s, s.id ?? newId()));
}

function editedOnlyService(services: ServiceRow[], input: UpdatePartnerInput): ServiceRow[] {
  const given = (['fields', 'serviceAreas', 'languages'] as const).filter((key) => input[key] !== undefined);
  if (given.length === 0) return services;
  if (services.length !== 1) {
    throw badInput(given.map((key) => ({ field: `input.${key}`, message: `edits a partner's only service, but this one has ${services.length}: edit services instead` })));
  }
  const [only] = services as [ServiceRow];
  return [{ ...only, fields: input.fields ?? only.fields, serviceAreas: input.serviceAreas ?? only.serviceAreas, languages: input.languages ?? only.languages }];
}
