// The peer gateway of `npm run bench`: Hive Gateway serving schema/supergraph.graphql with
// the same per-request work as ours (gateway/src), so that throughputs compare: it
// authenticates the caller with our gateway's own authenticator (jose, same key, algorithm,
// issuer and audience, same claims check and verified-token cache), signs the identity
// for every subgraph call (a subgraph accepts each signed identity once) and sends it with
// a traceparent; no response cache. Run by scripts/bench/peer.ts with IDENTITY_SECRET, JWT_PUBLIC_KEY,
// JWT_ISSUER, JWT_AUDIENCE and SUBGRAPH_<NAME>_URL in its environment. Hive's types exist
// only once it is installed, so the root tsconfig leaves this folder out:
// `npx tsc -p scripts/bench/peer`.
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, newTraceparent, signIdentity, type Identity } from '@portal/platform';
import { createAuthenticator } from '../../../gateway/src/authentication';

interface PortalContext {
  portalIdentity: Identity;
  traceparent: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`the peer gateway needs ${name}`);
  return value;
}

const secret = required('IDENTITY_SECRET');
const authenticateCaller = createAuthenticator({
  publicKeyPem: required('JWT_PUBLIC_KEY'),
  issuer: required('JWT_ISSUER'),
  audience: required('JWT_AUDIENCE'),
});

const authenticate: GatewayPlugin<PortalContext> = {
  async onContextBuilding({ context, extendContext }) {
    const identity = await authenticateCaller(context.request.headers.get('authorization') ?? undefined).catch((error: Error) => {
      throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    });
    extendContext({ portalIdentity: identity, traceparent: newTraceparent() });
  },
};

// Subgraphs on the same addresses as our gateway uses (the supergraph says localhost).
const transportEntries = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key, value]) => /^SUBGRAPH_.+_URL$/.test(key) && value)
    .map(([key, value]) => [key.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replace(/_/g, '-'), { location: value }]),
);

export const gatewayConfig = defineConfig<PortalContext>({
  logging: 'warn',
  transportEntries,
  plugins: () => [authenticate],
  propagateHeaders: {
    fromClientToSubgraphs: ({ context }) => ({
      [IDENTITY_HEADER]: signIdentity(context.portalIdentity, secret),
      traceparent: context.traceparent,
    }),
  },
});
