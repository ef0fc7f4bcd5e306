// The portal's typed client: every operation of schema/operations/ as a typed document
// (`DirectorySearchDocument`, its `DirectorySearchQuery` result and variables), and the
// client that sends them by id. Regenerate with `npm run codegen`.
export * from './generated/graphql';
export { createPortalClient, documentIdOf, PortalTransportError } from './client';
export type { PortalClient, PortalClientOptions, PortalGraphQLError, PortalResult, VariablesArgument } from './client';
