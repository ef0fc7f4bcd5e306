import { lazyConnectionResolvers } from '@portal/platform';
import { Coordinator } from './Coordinator';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Coordinator, CoordinatorConnection: lazyConnectionResolvers };
