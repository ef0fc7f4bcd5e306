// The portal's shared vocabulary. Services validate against these lists and
// their SDL enums are generated from them, so a value cannot drift between subgraphs.

export const PREFECTURES = {
  '01': '北海道', '02': '青森県', '03': '岩手県', '04': '宮城県', '05': '秋田県', '06': '山形県',
  '07': '福島県', '08': '茨城県', '09': '栃木県', '10': '群馬県', '11': '埼玉県', '12': '千葉県',
  '13': '東京都', '14': '神奈川県', '15': '新潟県', '16': '富山県', '17': '石川県', '18': '福井県',
  '19': '山梨県', '20': '長野県', '21': '岐阜県', '22': '静岡県', '23': '愛知県', '24': '三重県',
  '25': '滋賀県', '26': '京都府', '27': '大阪府', '28': '兵庫県', '29': '奈良県', '30': '和歌山県',
  '31': '鳥取県', '32': '島根県', '33': '岡山県', '34': '広島県', '35': '山口県', '36': '徳島県',
  '37': '香川県', '38': '愛媛県', '39': '高知県', '40': '福岡県', '41': '佐賀県', '42': '長崎県',
  '43': '熊本県', '44': '大分県', '45': '宮崎県', '46': '鹿児島県', '47': '沖縄県',
} as const satisfies Record<string, string>;

export type PrefectureCode = keyof typeof PREFECTURES;
// Sorted: JavaScript lists integer-like keys ("10"…"47") before "01"…"09".
export const PREFECTURE_CODES = (Object.keys(PREFECTURES) as PrefectureCode[]).sort();

export function isPrefectureCode(value: string): value is PrefectureCode {
  return Object.hasOwn(PREFECTURES, value);
}

export function prefectureName(code: string): string {
  return isPrefectureCode(code) ? PREFECTURES[code] : code;
}

/**
 * The eight regions (地方区分) into which national statistics group the prefectures: the fixed
 * blocks of published figures, between a prefecture and the whole country.
 */
export const REGIONS = {
  HOKKAIDO: { name: '北海道', prefectureCodes: ['01'] },
  TOHOKU: { name: '東北', prefectureCodes: ['02', '03', '04', '05', '06', '07'] },
  KANTO: { name: '関東', prefectureCodes: ['08', '09', '10', '11', '12', '13', '14'] },
  CHUBU: { name: '中部', prefectureCodes: ['15', '16', '17', '18', '19', '20', '21', '22', '23'] },
  KINKI: { name: '近畿', prefectureCodes: ['24', '25', '26', '27', '28', '29', '30'] },
  CHUGOKU: { name: '中国', prefectureCodes: ['31', '32', '33', '34', '35'] },
  SHIKOKU: { name: '四国', prefectureCodes: ['36', '37', '38', '39'] },
  KYUSHU_OKINAWA: { name: '九州・沖縄', prefectureCodes: ['40', '41', '42', '43', '44', '45', '46', '47'] },
} as const satisfies Record<string, { name: string; prefectureCodes: readonly PrefectureCode[] }>;

export type RegionCode = keyof typeof REGIONS;
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[];

const regionByPrefecture = new Map<string, RegionCode>(
  REGION_CODES.flatMap((region) => REGIONS[region].prefectureCodes.map((code) => [code, region] as const)),
);

/** The region a prefecture belongs to. */
export function regionOf(prefectureCode: PrefectureCode): RegionCode {
  return regionByPrefecture.get(prefectureCode)!;
}

/**
 * Neighbouring prefectures: a land border, or a fixed link residents travel by (the Seikan
 * tunnel 01–02, the Kanmon straits 35–40, the Honshu–Shikoku bridges 28–36, 33–37, 34–38);
 * Okinawa's nearest is Kagoshima (47–46). Symmetric, and every prefecture has one.
 */
const NEIGHBOURS: Record<PrefectureCode, readonly PrefectureCode[]> = {
  '01': ['02'],
  '02': ['01', '03', '05'],
  '03': ['02', '04', '05'],
  '04': ['03', '05', '06', '07'],
  '05': ['02', '03', '04', '06'],
  '06': ['04', '05', '07', '15'],
  '07': ['04', '06', '08', '09', '10', '15'],
  '08': ['07', '09', '11', '12'],
  '09': ['07', '08', '10', '11'],
  '10': ['07', '09', '11', '15', '20'],
  '11': ['08', '09', '10', '12', '13', '19', '20'],
  '12': ['08', '11', '13'],
  '13': ['11', '12', '14', '19'],
  '14': ['13', '19', '22'],
  '15': ['06', '07', '10', '16', '20'],
  '16': ['15', '17', '20', '21'],
  '17': ['16', '18', '21'],
  '18': ['17', '21', '25', '26'],
  '19': ['11', '13', '14', '20', '22'],
  '20': ['10', '11', '15', '16', '19', '21', '22', '23'],
  '21': ['16', '17', '18', '20', '23', '24', '25'],
  '22': ['14', '19', '20', '23'],
  '23': ['20', '21', '22', '24'],
  '24': ['21', '23', '25', '26', '29', '30'],
  '25': ['18', '21', '24', '26'],
  '26': ['18', '24', '25', '27', '28', '29'],
  '27': ['26', '28', '29', '30'],
  '28': ['26', '27', '31', '33', '36'],
  '29': ['24', '26', '27', '30'],
  '30': ['24', '27', '29'],
  '31': ['28', '32', '33', '34'],
  '32': ['31', '34', '35'],
  '33': ['28', '31', '34', '37'],
  '34': ['31', '32', '33', '35', '38'],
  '35': ['32', '34', '40'],
  '36': ['28', '37', '38', '39'],
  '37': ['33', '36', '38'],
  '38': ['34', '36', '37', '39'],
  '39': ['36', '38'],
  '40': ['35', '41', '43', '44'],
  '41': ['40', '42'],
  '42': ['41'],
  '43': ['40', '44', '45', '46'],
  '44': ['40', '43', '45'],
  '45': ['43', '44', '46'],
  '46': ['43', '45', '47'],
  '47': ['46'],
};

/** The prefectures next to one (see NEIGHBOURS), in code order. */
export function neighboursOf(prefectureCode: PrefectureCode): readonly PrefectureCode[] {
  return NEIGHBOURS[prefectureCode];
}

export const CONSULTATION_FIELDS = {
  RESIDENCE: '在留手続',
  EMPLOYMENT: '雇用・労働',
  MEDICAL: '医療',
  WELFARE: '福祉',
  CHILDCARE: '出産・子育て',
  EDUCATION: '教育',
  HOUSING: '住宅',
  TAX: '税金',
  SOCIAL_INSURANCE: '年金・社会保険',
  DISASTER: '防災・災害',
  LEGAL: '法律・トラブル',
  VIOLENCE_ABUSE: 'DV・虐待・犯罪被害',
  MENTAL_HEALTH: 'こころの健康',
  JAPANESE_LEARNING: '日本語学習',
  DAILY_LIFE: '日常生活',
  OTHER: 'その他',
} as const;

export type ConsultationField = keyof typeof CONSULTATION_FIELDS;
export const CONSULTATION_FIELD_VALUES = Object.keys(CONSULTATION_FIELDS) as ConsultationField[];

export const LANGUAGE_LEVELS = ['NATIVE', 'FLUENT', 'BUSINESS', 'CONVERSATIONAL', 'BASIC'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const ROLES = ['COORDINATOR', 'AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'] as const;
export type Role = (typeof ROLES)[number];

export const REVIEW_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const FIELD_ISSUE_CATEGORIES = [
  'PARTNER_SHORTAGE',
  'INSTITUTIONAL_GAP',
  'LANGUAGE_ACCESS',
  'INFORMATION_GAP',
  'OTHER',
] as const;
export type FieldIssueCategory = (typeof FIELD_ISSUE_CATEGORIES)[number];

/**
 * Kinds of survey question. PREFECTURE and CONSULTATION_FIELD are choices among the 47
 * prefectures (option id = JIS code) or the consultation fields (option id = the field).
 */
export const QUESTION_KINDS = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT', 'PREFECTURE', 'CONSULTATION_FIELD'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
