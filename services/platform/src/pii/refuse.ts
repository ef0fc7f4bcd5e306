import { badInput } from '../errors';
import { screenForPersonalData } from './screen';

/**
 * Refuses a free text that must never carry personal data (a referral's description, an
 * activity report's note): BAD_USER_INPUT on `field`, naming each finding with its masked
 * excerpt and `why` the text may not hold it. Empty and absent texts pass.
 */
export function refusePersonalData(field: string, text: string | null | undefined, why: string): void {
  if (!text) return;
  const findings = screenForPersonalData({ [field]: text });
  if (findings.length > 0) throw badInput(findings.map((f) => ({ field, message: `contains ${f.kind} (${f.excerpt}); ${why}` })));
}
