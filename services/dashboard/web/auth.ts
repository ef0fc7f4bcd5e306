import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { DashboardConfig } from './config';

export interface Viewer {
  accessToken: string;
  name: string;
  roles: string[];
  prefectureCodes: string[];
}

const DASHBOARD_ROLES = ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'];

/** Whether the viewer's roles open the dashboard at all (the gateway decides every figure). */
export const mayUseDashboard = (viewer: Viewer) => viewer.roles.some((role) => DASHBOARD_ROLES.includes(role));
export const isNationwide = (viewer: Viewer) => viewer.roles.includes('AGENCY_ADMIN') || viewer.roles.includes('MINISTRY_ANALYST');

/** Sign-in with the authorization code flow and PKCE, by oidc-client-ts; tokens stay in this tab. */
export function createAuth(config: DashboardConfig) {
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile portal',
    extraQueryParams: { resource: config.oidc.resource },
    extraTokenParams: { resource: config.oidc.resource },
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });

  const viewerOf = (user: User): Viewer => {
    // The claims are read only to shape the page; the gateway verifies the token on every request.
    const claims = JSON.parse(atob(user.access_token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { roles?: string[]; prefectureCodes?: string[] };
    return { accessToken: user.access_token, name: String(user.profile.name ?? user.profile.sub), roles: claims.roles ?? [], prefectureCodes: claims.prefectureCodes ?? [] };
  };

  return {
    /** The signed-in viewer, finishing a sign-in that has just come back; null when nobody is. */
    async viewer(): Promise<Viewer | null> {
      const params = new URLSearchParams(window.location.search);
      if (params.has('code') && params.has('state')) {
        const user = await manager.signinRedirectCallback();
        window.history.replaceState(null, '', `${origin}/${window.location.hash || '#/coverage'}`);
        return viewerOf(user);
      }
      const user = await manager.getUser();
      return user && !user.expired ? viewerOf(user) : null;
    },
    signIn: () => manager.signinRedirect(),
    signOut: () => manager.signoutRedirect(),
  };
}
