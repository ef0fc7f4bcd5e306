import { lazyConnectionResolvers } from '@portal/platform';
import { FieldIssue } from './FieldIssue';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Survey } from './Survey';

export const resolvers = { Query, Mutation, Survey, FieldIssue, FieldIssueConnection: lazyConnectionResolvers };
