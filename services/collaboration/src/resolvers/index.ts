import { lazyConnectionResolvers } from '@portal/platform';
import { ConsultationAnswer, ConsultationThread } from './ConsultationThread';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Referral, ReferralChange, ReferralReceiver } from './Referral';
import { ReceiverSuggestion } from './suggestions';

export const resolvers = {
  Query,
  Mutation,
  Referral,
  ReferralReceiver,
  ReferralChange,
  ReceiverSuggestion,
  ConsultationThread,
  ConsultationAnswer,
  ReferralConnection: lazyConnectionResolvers,
  ConsultationThreadConnection: lazyConnectionResolvers,
};
