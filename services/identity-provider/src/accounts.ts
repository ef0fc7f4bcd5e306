import type { Role } from '@portal/platform';

export interface DemoAccount {
  /** What is typed as the login name, and the token's `sub`. */
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
  { accountId: 'analyst', name: '厚生労働省 分析担当', roles: ['MINISTRY_ANALYST'], prefectureCodes: [] },
  { accountId: 'tochigi', name: '栃木県 国際課', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] },
  { accountId: 'admin', name: '研修事務局', roles: ['AGENCY_ADMIN'], prefectureCodes: [] },
  { accountId: 'demo|c-0001', name: 'デモ コーディネーター', roles: ['COORDINATOR'], prefectureCodes: [] },
];

export const accountById = (accountId: string) => DEMO_ACCOUNTS.find((a) => a.accountId === accountId);
