import { lazyConnectionResolvers } from '@portal/platform';
import { Coordinator } from './Coordinator';
import { Mutation } from './Mutation';
import { PartnerOrganization } from './PartnerOrganization';
import { PartnerServiceArea } from './PartnerServiceArea';
import { Query } from './Query';

export const resolvers = {
  Query,
  Mutation,
  PartnerOrganization,
  PartnerServiceArea,
  Coordinator,
  PartnerConnection: lazyConnectionResolvers,
};
