import { lazyConnectionResolvers } from '@portal/platform';
import { Certification, Coordinator } from './Coordinator';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Coordinator, Certification, CoordinatorConnection: lazyConnectionResolvers };
