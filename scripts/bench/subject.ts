import { operationText } from '../lib/operations';
import { post, type Target } from './targets';

/** The account of demo coordinator n, as the coordinators service's demo data names them. */
const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;
// Demo partners are endorsed, and demo cases written, by coordinators 1 to 320. Numbers 1
// to 47 (one per prefecture) write two thirds of all cases, hundreds each: a profile like
// that would measure one exceptional page, so the ordinary ones are asked first.
const CANDIDATES = [...Array.from({ length: 320 - 47 }, (_, i) => 48 + i), ...Array.from({ length: 47 }, (_, i) => 1 + i)];

export interface ProfileSubject {
  id: string;
  accountId: string;
  endorsedPartners: number;
  caseStudies: number;
}

/**
 * Q3's coordinator: the first demo coordinator (in CANDIDATES order) whose profile, as
 * the benchmark's caller sees it through our gateway, lists both endorsed partners and
 * case studies. Each candidate's id comes from `me` with a token of their own.
 */
export async function findProfileSubject(
  gateway: Target,
  tokenFor: (accountId: string) => Promise<string>,
  callerAccountId: string,
): Promise<ProfileSubject> {
  const profile = operationText('CoordinatorProfile');
  for (const n of CANDIDATES) {
    const accountId = demoAccountId(n);
    if (accountId === callerAccountId) continue;
    const candidateToken = await tokenFor(accountId);
    const asCandidate: Target = { ...gateway, headers: () => ({ 'content-type': 'application/json', authorization: `Bearer ${candidateToken}` }) };
    const me = await post(asCandidate, JSON.stringify({ query: '{ me { id } }' }));
    const id = (me.body.data as { me: { id: string } | null } | undefined)?.me?.id;
    if (!id) continue;
    const { body } = await post(gateway, JSON.stringify({ query: profile, variables: { id } }));
    const found = (body.data as { coordinator: { endorsedPartners: unknown[]; caseStudies: unknown[] } | null } | undefined)?.coordinator;
    if (body.errors?.length) throw new Error(`CoordinatorProfile failed while looking for Q3's coordinator: ${JSON.stringify(body.errors)}`);
    if (found && found.endorsedPartners.length > 0 && found.caseStudies.length > 0) {
      return { id, accountId, endorsedPartners: found.endorsedPartners.length, caseStudies: found.caseStudies.length };
    }
  }
  throw new Error(`none of demo coordinators 1–320 has both endorsed partners and published case studies`);
}
