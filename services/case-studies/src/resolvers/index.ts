import { lazyConnectionResolvers } from '@portal/platform';
import { CaseStudy } from './CaseStudy';
import { Coordinator } from './Coordinator';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { StudyMeeting } from './StudyMeeting';

export const resolvers = { Query, Mutation, CaseStudy, Coordinator, StudyMeeting, CaseStudyConnection: lazyConnectionResolvers };
