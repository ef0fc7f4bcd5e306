import { prefectureName } from '@portal/platform';

/** The Japanese name of a row's prefecture, for the types that have one. */
export const withPrefectureName = { prefectureName: (row: { prefectureCode: string }) => prefectureName(row.prefectureCode) };
