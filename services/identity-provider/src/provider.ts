import Provider, { type Configuration, type JWK } from 'oidc-provider';
import { accountById } from './accounts';

export interface ProviderOptions {
  issuer: string;
  /** The dashboards' origins: each is a public client's redirect target and may call the token endpoint. */
  dashboardOrigins: string[];
  /** The `aud` of access tokens: the gateway's OIDC_AUDIENCE. */
  audience: string;
  /** Private signing keys (RS256). */
  jwks: { keys: JWK[] };
  /** Secrets that sign the provider's own cookies. */
  cookieKeys: string[];
}

export const DASHBOARD_CLIENT_ID = 'portal-dashboard';
/** The scope of the gateway as a resource server. */
const PORTAL_SCOPE = 'portal';

/**
 * A local OpenID provider (node-oidc-provider) for the dashboards: authorization code with
 * PKCE for one public client, and access tokens the gateway verifies through the JWKS URL —
 * JWTs for the portal's audience carrying the account's roles and prefectures.
 */
export function createProvider(options: ProviderOptions): Provider {
  const configuration: Configuration = {
    clients: [
      {
        client_id: DASHBOARD_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: options.dashboardOrigins.map((origin) => `${origin}/`),
        post_logout_redirect_uris: options.dashboardOrigins.map((origin) => `${origin}/`),
      },
    ],
    pkce: { required: () => true },
    jwks: options.jwks,
    cookies: { keys: options.cookieKeys },
    // The login form takes a demo account's id, which becomes the token's sub.
    async findAccount(_ctx, id) {
      const account = accountById(id);
      if (!account) return undefined;
      return { accountId: account.accountId, claims: () => ({ sub: account.accountId, name: account.name }) };
    },
    claims: { openid: ['sub'], profile: ['name'] },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== options.audience) throw new Error('unknown resource');
          return { scope: PORTAL_SCOPE, audience: options.audience, accessTokenFormat: 'jwt', accessTokenTTL: 3600, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    async extraTokenClaims(_ctx, token) {
      const account = 'accountId' in token && token.accountId ? accountById(token.accountId) : undefined;
      return account ? { roles: account.roles, prefectureCodes: account.prefectureCodes } : undefined;
    },
    // The dashboards are the portal's own: signing in grants them access without a consent page.
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(options.audience, PORTAL_SCOPE);
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx, origin) => options.dashboardOrigins.includes(origin),
    ttl: { AccessToken: 3600, AuthorizationCode: 60, Grant: 8 * 3600, IdToken: 3600, Interaction: 600, Session: 8 * 3600 },
  };
  const provider = new Provider(options.issuer, configuration);
  // A local http issuer (localhost) is what this provider is for.
  return provider;
}
