import type { ServiceRow } from './db/schema';
import { DOCUMENT_FIELDS, type PartnerDocument } from './document';

/** One changed field, as HSDS's metadata records it: values as text, structured ones as JSON. */
export interface FieldChange {
  field: string;
  previousValue: string | null;
  replacementValue: string | null;
}

const asText = (value: unknown): string | null => (value == null ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** The named fields whose value differs between before and after. */
export function fieldChanges<T extends object>(before: Partial<T>, after: Partial<T>, keys: readonly (keyof T & string)[]): FieldChange[] {
  return keys.flatMap((field) => {
    const previousValue = asText(before[field]);
    const replacementValue = asText(after[field]);
    return previousValue === replacementValue ? [] : [{ field, previousValue, replacementValue }];
  });
}

const SERVICE_FIELDS = ['name', 'description', 'url', 'email', 'fields', 'languages', 'serviceAreas', 'phones', 'contacts', 'schedules'] as const;

/**
 * What an edit changed: the organisation's own fields by name, a service added or removed
 * as `services.<id>` (the whole service as JSON), a field of a kept service as
 * `services.<id>.<field>`. A new partner (before = null) records every field it was given.
 */
export function documentChanges(before: PartnerDocument | null, after: PartnerDocument): FieldChange[] {
  const organisation = fieldChanges<PartnerDocument>(before ?? {}, after, DOCUMENT_FIELDS);
  const previous = new Map((before?.services ?? []).map((s) => [s.id, s]));
  const current = new Map(after.services.map((s) => [s.id, s]));
  const removed = [...previous.values()]
    .filter((s) => !current.has(s.id))
    .map((s) => ({ field: `services.${s.id}`, previousValue: asText(s), replacementValue: null }));
  const addedOrEdited = after.services.flatMap((service) => {
    const old = previous.get(service.id);
    if (!old) return [{ field: `services.${service.id}`, previousValue: null, replacementValue: asText(service) }];
    return fieldChanges<ServiceRow>(old, service, SERVICE_FIELDS).map((c) => ({ ...c, field: `services.${service.id}.${c.field}` }));
  });
  return [...organisation, ...removed, ...addedOrEdited];
}
