import { prefectureName } from '@portal/platform';
import type { ServiceAreaRow } from '../db/schema';

export const PartnerServiceArea = {
  prefectureName: (area: ServiceAreaRow) => (area.prefectureCode ? prefectureName(area.prefectureCode) : null),
};
