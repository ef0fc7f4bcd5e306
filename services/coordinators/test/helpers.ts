import { useSubgraph } from '@portal/platform/testing';
import { service as coordinators } from '../src/service';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

/** A coordinators subgraph on a fresh database of its own, with a counter of SQL statements. */
export const useCoordinatorsService = () => useSubgraph(coordinators);
export const REGISTER = /* GraphQL */ `
  mutation RegisterCoordinator($input: RegisterCoordinatorInput!) {
    registerCoordinator(input: $input) {
      id
      name
      certification { certificateNumber cohortYear status issuedAt validUntil }
    }
  }
`;

export const UPDATE_PROFILE = /* GraphQL */ `
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      bio
      expertiseFields
      languages { code level }
      qualifications
      activityRegions { prefectureCode municipality }
      currentWorkplace { name prefectureCode }
      contact { email phone }
      contactVisibility
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query DirectorySearch($filter: CoordinatorFilter, $first: Int, $after: String) {
    coordinators(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name contact { email phone } certification { status } } }
    }
  }
`;
