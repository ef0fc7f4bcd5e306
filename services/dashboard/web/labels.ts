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

export const GAP_REASON_LABELS: Record<string, string> = { NO_PARTNER: '連携先なし', SHORTAGE_REPORTED: '不足の報告あり', CAPACITY_DECLINED: '受入困難による辞退あり' };

const languageNames = new Intl.DisplayNames('ja', { type: 'language' });
export const languageLabel = (tag: string) => languageNames.of(tag) ?? tag;

export const REFERRAL_LABELS: Record<string, string> = { PARTNERS: '連携先へのつなぎ', COORDINATORS: '他のコーディネーターへのつなぎ' };

/** An area of a release: a region reads as one (関東（地方）), the country and prefectures by name. */
export const areaLabel = (area: string, areaName: string) => (area in REGIONS ? `${areaName}（地方）` : areaName);
