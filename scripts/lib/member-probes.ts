/**
 * One member operation of every service a member uses (reporting has none: it serves staff),
 * for following a change of member access through the gateway.
 */
export const MEMBER_PROBES: Record<string, string> = {
  coordinators: '{ coordinators(first: 1) { totalCount } }',
  partners: '{ partners(first: 1) { totalCount } }',
  'case-studies': '{ caseStudies(first: 1) { totalCount } }',
  announcements: '{ unreadAnnouncementCount }',
  surveys: '{ surveys { id } }',
  collaboration: '{ referrals(first: 1) { totalCount } }',
};
