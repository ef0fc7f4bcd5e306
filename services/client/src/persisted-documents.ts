import manifest from './generated/persisted-documents.json' with { type: 'json' };

/**
 * The trusted documents, id (`sha256:<hex>`) → text: what the gateway serves when it
 * enforces trusted documents. Kept out of the main module, which sends ids only.
 */
export const persistedDocuments: Readonly<Record<string, string>> = manifest;
