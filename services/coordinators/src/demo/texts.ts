import type { ConsultationField } from '@portal/platform';

/** How often each field is among a coordinator's fields of deep expertise. */
export const FIELD_WEIGHTS: Record<ConsultationField, number> = {
  RESIDENCE: 10, EMPLOYMENT: 10, DAILY_LIFE: 9, MEDICAL: 8, CHILDCARE: 7, EDUCATION: 7, WELFARE: 6,
  HOUSING: 5, SOCIAL_INSURANCE: 5, JAPANESE_LEARNING: 5, LEGAL: 4, MENTAL_HEALTH: 4, TAX: 3,
  DISASTER: 3, VIOLENCE_ABUSE: 3, OTHER: 1,
};

/** Qualifications that go with a field, each with the share of its experts who hold it. */
export const QUALIFICATIONS_BY_FIELD: Record<ConsultationField, readonly (readonly [string, number])[]> = {
  RESIDENCE: [['行政書士', 0.3]],
  EMPLOYMENT: [['キャリアコンサルタント', 0.3], ['社会保険労務士', 0.2]],
  MEDICAL: [['医療通訳技能認定', 0.45], ['看護師', 0.15]],
  WELFARE: [['社会福祉士', 0.45], ['介護福祉士', 0.15]],
  CHILDCARE: [['保育士', 0.35], ['助産師', 0.05]],
  EDUCATION: [['教員免許', 0.25]],
  HOUSING: [['宅地建物取引士', 0.2]],
  TAX: [['ファイナンシャル・プランナー', 0.3]],
  SOCIAL_INSURANCE: [['社会保険労務士', 0.35]],
  DISASTER: [['防災士', 0.5]],
  LEGAL: [['行政書士', 0.2], ['司法書士', 0.1]],
  VIOLENCE_ABUSE: [['社会福祉士', 0.3]],
  MENTAL_HEALTH: [['精神保健福祉士', 0.35], ['公認心理師', 0.3]],
  JAPANESE_LEARNING: [['日本語教師', 0.5], ['登録日本語教員', 0.15]],
  DAILY_LIFE: [['消費生活相談員', 0.1]],
  OTHER: [],
};

/** Field names as a bio would write them. */
export const FIELD_WORDS: Record<ConsultationField, string> = {
  RESIDENCE: '在留手続', EMPLOYMENT: '労働', MEDICAL: '医療', WELFARE: '福祉', CHILDCARE: '子育て',
  EDUCATION: '教育', HOUSING: '住まい', TAX: '税金', SOCIAL_INSURANCE: '年金・社会保険', DISASTER: '防災',
  LEGAL: '法律トラブル', VIOLENCE_ABUSE: 'DV・虐待', MENTAL_HEALTH: 'こころの健康', JAPANESE_LEARNING: '日本語学習',
  DAILY_LIFE: '暮らし', OTHER: 'さまざまな困りごと',
};

/** A sentence about how a coordinator works in a field. */
export const FIELD_SENTENCES: Record<ConsultationField, string> = {
  RESIDENCE: '在留資格の更新や変更の手続を、入管や行政書士と連携して支援しています。',
  EMPLOYMENT: '技能実習生や特定技能で働く方の職場の悩みを、労働基準監督署やハローワークにつないでいます。',
  MEDICAL: '病院での医療通訳の手配や、受診への同行も行っています。',
  WELFARE: '生活保護や障害福祉サービスの申請を、福祉事務所と連携して支援しています。',
  CHILDCARE: '母子手帳の交付から保育園の入園手続まで、子育て家庭を支えています。',
  EDUCATION: '外国にルーツを持つ子どもの就学や進路の相談を受けています。',
  HOUSING: '住まい探しや入居後のトラブルについて、居住支援法人と連携しています。',
  TAX: '住民税や確定申告について、やさしい日本語での説明会を開いています。',
  SOCIAL_INSURANCE: '年金や健康保険の加入、脱退一時金の手続を案内しています。',
  DISASTER: '多言語での防災訓練や、災害時の情報発信に取り組んでいます。',
  LEGAL: '法テラスや弁護士会と連携して、法律トラブルの相談につないでいます。',
  VIOLENCE_ABUSE: 'DV被害の相談では、配偶者暴力相談支援センターと連携して安全を第一に対応しています。',
  MENTAL_HEALTH: '孤立しがちな方のこころの健康について、専門職と連携して相談に乗っています。',
  JAPANESE_LEARNING: '地域の日本語教室の運営にも関わっています。',
  DAILY_LIFE: 'ごみの出し方から役所の手続まで、暮らしの困りごとに幅広く対応しています。',
  OTHER: '相談の内容に応じて、適切な窓口におつなぎします。',
};

/** NPO names, written after the town they work in (NPO法人浜松多文化共生ネットワーク). */
export const NPO_NAMES = [
  '多文化共生ネットワーク', 'にほんごの架け橋', '外国人医療支援ネット', '多言語生活サポート',
  'こども多文化サポート', 'ともに暮らす会', '国際交流サロン',
];
