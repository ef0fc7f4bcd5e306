import { lazyConnectionResolvers } from '@portal/platform';
import { ActivityReport, ActivityReportFiling } from './ActivityReport';
import { Certification, Coordinator } from './Coordinator';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Coordinator, Certification, ActivityReport, ActivityReportFiling, CoordinatorConnection: lazyConnectionResolvers };
