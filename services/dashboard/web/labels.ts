import { CONSULTATION_FIELDS, PREFECTURES, REGION_CODES, REGIONS } from '@portal/platform/vocabulary';

export { REGION_CODES, REGIONS };
export const fieldLabel = (field: string) => CONSULTATION_FIELDS[field as keyof typeof CONSULTATION_FIELDS] ?? field;
export const prefectureLabel = (code: string) => PREFECTURES[code as keyof typeof PREFECTURES] ?? code;
export const FIELDS = Object.keys(CONSULTATION_FIELDS);

export const CATEGORY_LABELS: Record<string, string> = {
  PARTNER_SHORTAGE: '連携先の不足',
  INSTITUTIONAL_GAP: '制度の狭間',
  LANGUAGE_ACCESS: '言語対応',
  INFORMATION_GAP: '情報の不足',
  OTHER: 'その他',
};
export const categoryLabel = (category: string) => CATEGORY_LABELS[category] ?? category;

export const GAP_REASON_LABELS: Record<string, string> = { NO_PARTNER: '連携先なし', SHORTAGE_REPORTED: '不足の報告あり' };
