import type { TokenClaims } from '../lib/tokens';

/** The callers the end-to-end files share: the agency, the ministry and Tochigi's government. */
export const admin: TokenClaims = { sub: 'idp|agency-admin', roles: ['AGENCY_ADMIN'] };
export const analyst: TokenClaims = { sub: 'idp|mhlw-analyst', roles: ['MINISTRY_ANALYST'] };
export const tochigiGovernment: TokenClaims = { sub: 'idp|tochigi-pref', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
