import type { Role } from '@portal/platform';

export interface DemoAccount {
  /** What is typed as the login name. */
  login: string;
  /** The token's `sub`. */
  accountId: string;
  name: string;
  roles: Role[];
  prefectureCodes: string[];
}

/**
 * The demo accounts of every role. The local provider checks no password: it stands in for
 * the real identity provider on a developer's machine and in the end-to-end tests.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: 'analyst', accountId: 'demo|analyst', name: '厚生労働省 分析担当', roles: ['MINISTRY_ANALYST'], prefectureCodes: [] },
  { login: 'tochigi', accountId: 'demo|lg-09', name: '栃木県 国際課', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] },
  { login: 'admin', accountId: 'demo|admin', name: '研修事務局', roles: ['AGENCY_ADMIN'], prefectureCodes: [] },
  { login: 'coordinator', accountId: 'demo|c-0001', name: 'コーディネーター', roles: ['COORDINATOR'], prefectureCodes: [] },
];

export const accountByLogin = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login);
export const accountById = (accountId: string) => DEMO_ACCOUNTS.find((a) => a.accountId === accountId);
