import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { contractExamples, operationProblems, portalOperations, supergraphApiSchema } from '../../scripts/lib/operations';

// The operations of the portal's set that the supergraph serves so far.
const SERVED = ['DirectorySearch', 'MyProfile', 'UpdateMyProfile', 'RegisterCoordinator', 'CaseLibrary', 'DraftCaseStudy', 'SubmitCaseStudy', 'ReviewCaseStudy', 'StudyMeetings', 'ScheduleStudyMeeting', 'RegisterForStudyMeeting', 'PartnerDirectory', 'ProposePartner', 'ReviewPartner', 'EndorsePartner', 'CoordinatorProfile', 'AnnouncementInbox', 'PublishAnnouncement', 'MarkAnnouncementRead', 'OpenSurveys', 'CreateSurvey', 'OpenSurvey', 'CloseSurvey', 'SubmitSurveyResponse', 'ReportFieldIssue', 'SurveyDashboard', 'FieldIssueDashboard', 'PartnerCoverage'];

describe('the supergraph', () => {
  it('composes from the services without errors, and the committed file is current (npm run compose)', async () => {
    const composed = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed);
  });

  const schema = supergraphApiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const operations = portalOperations();
  const examples = contractExamples();
  for (const name of SERVED) {
    it(`validates ${name} and its example variables`, () => {
      expect(operationProblems(schema, operations.get(name)!, examples[name])).toEqual([]);
    });
  }
});
