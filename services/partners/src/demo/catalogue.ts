import type { ConsultationField } from '@portal/platform';
import type { ScheduleRow, ServiceAreaScope } from '../db/schema';

// What demo partners are: the kinds of organisations coordinators work with in every
// prefecture, a few nationwide or remote services, and local groups of many kinds.
// Names and numbers are invented; the kinds of organisation are real.

export interface ServiceTemplate {
  name: string;
  description: string;
  fields: ConsultationField[];
  /** Languages besides Japanese and English, chosen per prefecture. */
  otherLanguages: number;
  schedules: ScheduleRow[];
  /** The desk to ask for, if the service names one. */
  department?: string;
}

export interface OrganisationTemplate {
  key: string;
  /** The organisation's name in a prefecture (short: 栃木) or a town (宇都宮市). */
  name: (place: { prefecture: string; short: string; municipality: string }) => string;
  legalStatus: string | null;
  description: string;
  /** Serves the whole prefecture, or the town it is in. */
  serves: 'PREFECTURE' | 'MUNICIPALITY';
  services: ServiceTemplate[];
}

const WEEKDAYS_9_TO_17: ScheduleRow = { byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', description: '祝日・年末年始を除く' };
const WEEKDAYS_10_TO_16: ScheduleRow = { byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '10:00', closesAt: '16:00', description: null };
const SATURDAY_MORNING: ScheduleRow = { byDay: ['SA'], opensAt: '10:00', closesAt: '12:00', description: null };
const EVENINGS: ScheduleRow = { byDay: ['TU', 'TH'], opensAt: '18:30', closesAt: '20:30', description: null };
const BY_APPOINTMENT: ScheduleRow = { byDay: [], opensAt: null, closesAt: null, description: '予約制（電話またはメールで事前に申し込み）' };
const MONTHLY: ScheduleRow = { byDay: ['SA'], opensAt: '13:00', closesAt: '16:00', description: '毎月第2土曜日' };
const ALWAYS: ScheduleRow = { byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '24:00', description: '24時間・年中無休' };

/** One of each per prefecture: together they cover every consultation field. */
export const PREFECTURE_TEMPLATES: readonly OrganisationTemplate[] = [
  {
    key: 'international-association',
    name: ({ prefecture }) => `公益財団法人${prefecture}国際交流協会`,
    legalStatus: '公益財団法人',
    description: '県内に暮らす外国人住民の生活相談、日本語学習、災害時の多言語支援を行う中核的な国際交流協会です。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '外国人総合相談窓口',
        description: '在留手続から暮らしの困りごとまで、多言語で相談を受け、適切な窓口へおつなぎします。',
        fields: ['DAILY_LIFE', 'OTHER'],
        otherLanguages: 6,
        schedules: [WEEKDAYS_9_TO_17],
        department: '多文化共生課 相談窓口',
      },
      {
        name: '地域日本語教室',
        description: '生活に必要な日本語をボランティアと一緒に学ぶ教室です。初めての方も歓迎します。',
        fields: ['JAPANESE_LEARNING'],
        otherLanguages: 2,
        schedules: [SATURDAY_MORNING, EVENINGS],
      },
      {
        name: '災害多言語支援センター',
        description: '災害時に多言語で情報を発信し、避難所での通訳・翻訳を支援します。平時は防災訓練を行っています。',
        fields: ['DISASTER'],
        otherLanguages: 5,
        schedules: [{ byDay: [], opensAt: null, closesAt: null, description: '災害時に開設（平時は防災講座を随時開催）' }],
      },
    ],
  },
  {
    key: 'labour-bureau',
    name: ({ short }) => `${short}労働局 外国人労働者相談コーナー`,
    legalStatus: '国の機関',
    description: '賃金未払い、解雇、労働災害など、外国人労働者の職場の相談を通訳付きで受け付けます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '外国人労働者相談',
        description: '労働条件や職場のトラブルについて、相談員が通訳を介して対応し、労働基準監督署の手続を案内します。',
        fields: ['EMPLOYMENT'],
        otherLanguages: 4,
        schedules: [WEEKDAYS_10_TO_16],
        department: '総合労働相談コーナー',
      },
    ],
  },
  {
    key: 'labour-consultants',
    name: ({ prefecture }) => `${prefecture}社会保険労務士会 外国人労務・年金相談室`,
    legalStatus: null,
    description: '社会保険労務士が、雇用契約、社会保険の加入、年金の脱退一時金などの相談に無料で応じます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '労務・社会保険無料相談',
        description: '雇用保険・健康保険・厚生年金の加入や、脱退一時金の請求について説明します。',
        fields: ['SOCIAL_INSURANCE', 'EMPLOYMENT'],
        otherLanguages: 2,
        schedules: [BY_APPOINTMENT],
      },
    ],
  },
  {
    key: 'immigration-lawyers',
    name: ({ prefecture }) => `${prefecture}行政書士会 外国人在留相談センター`,
    legalStatus: null,
    description: '申請取次行政書士が、在留資格の更新・変更、永住申請、家族の呼び寄せなどの相談に応じます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '在留手続相談会',
        description: '在留資格の更新・変更や永住許可申請の必要書類を、個別に確認します。',
        fields: ['RESIDENCE'],
        otherLanguages: 3,
        schedules: [MONTHLY, BY_APPOINTMENT],
      },
    ],
  },
  {
    key: 'bar-association',
    name: ({ prefecture }) => `${prefecture}弁護士会 外国人法律相談センター`,
    legalStatus: null,
    description: '弁護士が、離婚、交通事故、借金、在留に関わる法律問題について、通訳付きで相談に応じます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '外国人のための法律相談',
        description: '初回30分無料。法テラスの民事法律扶助の利用もご案内します。',
        fields: ['LEGAL'],
        otherLanguages: 3,
        schedules: [BY_APPOINTMENT],
      },
    ],
  },
  {
    key: 'medical-interpreters',
    name: ({ short }) => `NPO法人${short}医療通訳ネットワーク`,
    legalStatus: '特定非営利活動法人',
    description: '研修を受けた医療通訳者を病院・診療所に派遣し、受診や健診、出産の場面を言葉の面から支えます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '医療通訳派遣',
        description: '医療機関・患者からの依頼で通訳者を派遣します。派遣は原則3日前までにご依頼ください。',
        fields: ['MEDICAL'],
        otherLanguages: 5,
        schedules: [WEEKDAYS_9_TO_17],
        department: '派遣コーディネート窓口',
      },
    ],
  },
  {
    key: 'social-welfare-council',
    name: ({ municipality }) => `社会福祉法人${municipality}社会福祉協議会`,
    legalStatus: '社会福祉法人',
    description: '生活困窮や介護、障害などの福祉の相談に応じ、生活福祉資金の貸付や制度の申請を支援します。',
    serves: 'MUNICIPALITY',
    services: [
      {
        name: '生活福祉相談',
        description: '生活に困ったときの相談と、生活福祉資金・緊急小口資金の手続を支援します。やさしい日本語で対応します。',
        fields: ['WELFARE'],
        otherLanguages: 1,
        schedules: [WEEKDAYS_9_TO_17],
      },
    ],
  },
  {
    key: 'housing-support',
    name: ({ short }) => `一般社団法人${short}すまいサポートセンター`,
    legalStatus: '一般社団法人',
    description: '居住支援法人として、外国人の住まい探し、保証人の相談、入居後の暮らしの支援を行います。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '住まい探し・入居支援',
        description: '外国人の入居に協力的な不動産店の紹介、契約時の通訳、入居後のトラブル相談を行います。',
        fields: ['HOUSING'],
        otherLanguages: 3,
        schedules: [WEEKDAYS_10_TO_16],
      },
    ],
  },
  {
    key: 'child-rearing-centre',
    name: ({ municipality }) => `${municipality}子育て世代包括支援センター`,
    legalStatus: '地方公共団体',
    description: '妊娠期から子育て期まで、保健師や助産師が切れ目なく相談に応じます。通訳の手配もできます。',
    serves: 'MUNICIPALITY',
    services: [
      {
        name: '妊娠・出産・子育て相談',
        description: '母子健康手帳の交付、乳幼児健診、保育園の入園手続などについて相談できます。',
        fields: ['CHILDCARE'],
        otherLanguages: 2,
        schedules: [WEEKDAYS_9_TO_17],
        department: '母子保健係',
      },
    ],
  },
  {
    key: 'children-support',
    name: ({ short }) => `NPO法人${short}こども多文化サポート`,
    legalStatus: '特定非営利活動法人',
    description: '外国にルーツを持つ子どもの就学、学習支援、高校進学のガイダンスを行っています。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '学習支援教室',
        description: '小中学生の宿題と日本語の学習を、ボランティアがマンツーマンで支えます。',
        fields: ['EDUCATION', 'JAPANESE_LEARNING'],
        otherLanguages: 2,
        schedules: [{ byDay: ['WE', 'FR'], opensAt: '16:00', closesAt: '18:30', description: null }],
      },
      {
        name: '多言語高校進学ガイダンス',
        description: '保護者と子どもに、日本の高校受験の仕組みを母語で説明します。',
        fields: ['EDUCATION'],
        otherLanguages: 4,
        schedules: [{ byDay: ['SU'], opensAt: '13:00', closesAt: '16:00', description: '毎年9月・10月に開催' }],
      },
    ],
  },
  {
    key: 'tax-and-pension',
    name: ({ short }) => `一般社団法人${short}外国人税務・年金相談センター`,
    legalStatus: '一般社団法人',
    description: '税理士と社会保険労務士が、住民税、確定申告、年金の手続について外国人住民の相談に応じます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '確定申告・住民税相談',
        description: '確定申告の時期には多言語の無料相談会を開きます。住民税の通知の読み方も説明します。',
        fields: ['TAX'],
        otherLanguages: 2,
        schedules: [{ byDay: ['MO', 'WE', 'FR'], opensAt: '10:00', closesAt: '15:00', description: '2月・3月は毎日開設' }],
      },
      {
        name: '年金・脱退一時金相談',
        description: '国民年金の加入や免除、帰国時の脱退一時金の請求を支援します。',
        fields: ['SOCIAL_INSURANCE'],
        otherLanguages: 2,
        schedules: [BY_APPOINTMENT],
      },
    ],
  },
  {
    key: 'dv-support-centre',
    name: ({ prefecture }) => `${prefecture}配偶者暴力相談支援センター`,
    legalStatus: '地方公共団体',
    description: '配偶者やパートナーからの暴力、子どもへの虐待に悩む方の相談に応じ、安全な避難と自立を支援します。',
    serves: 'PREFECTURE',
    services: [
      {
        name: 'DV・虐待相談（通訳付き）',
        description: '秘密は守られます。在留資格に関わる不安も含めて相談できます。必要に応じて一時保護につなぎます。',
        fields: ['VIOLENCE_ABUSE'],
        otherLanguages: 4,
        schedules: [WEEKDAYS_9_TO_17, { byDay: ['SA', 'SU'], opensAt: '10:00', closesAt: '16:00', description: '電話相談のみ' }],
      },
    ],
  },
  {
    key: 'mental-health-centre',
    name: ({ prefecture }) => `${prefecture}精神保健福祉センター`,
    legalStatus: '地方公共団体',
    description: 'こころの不調や依存症、ひきこもりの相談に、精神保健福祉士や公認心理師が応じます。',
    serves: 'PREFECTURE',
    services: [
      {
        name: '多言語こころの相談',
        description: '通訳を介して、眠れない、気分が落ち込むなどのこころの相談を受けます。医療機関の紹介も行います。',
        fields: ['MENTAL_HEALTH'],
        otherLanguages: 2,
        schedules: [BY_APPOINTMENT],
      },
    ],
  },
];

/** Services for the whole country, by phone or online: they match every prefecture. */
export interface NationwideTemplate {
  name: string;
  legalStatus: string | null;
  description: string;
  scope: Exclude<ServiceAreaScope, 'PREFECTURE'>;
  website: string;
  services: (Omit<ServiceTemplate, 'otherLanguages'> & { languages: string[] })[];
}

export const NATIONWIDE_TEMPLATES: readonly NationwideTemplate[] = [
  {
    name: '一般社団法人 ささえあい多言語ホットライン',
    legalStatus: '一般社団法人',
    description: '暮らしの悩み、こころの不調、生活の困窮まで、どんな相談も24時間、電話とSNSで受け止め、地域の支援につなぎます。',
    scope: 'REMOTE',
    website: 'https://sasaeai-hotline.example.jp',
    services: [
      {
        name: '多言語よりそい電話相談',
        description: '英語・中国語・韓国語・ベトナム語・タガログ語・ポルトガル語・スペイン語・タイ語・ネパール語・インドネシア語で対応します。',
        fields: ['MENTAL_HEALTH', 'DAILY_LIFE', 'WELFARE'],
        languages: ['ja', 'en', 'zh', 'ko', 'vi', 'fil', 'pt', 'es', 'th', 'ne', 'id'],
        schedules: [ALWAYS],
      },
    ],
  },
  {
    name: '外国人在留総合支援センター',
    legalStatus: '国の機関',
    description: '在留手続、雇用、法律、暮らしの相談を一か所で受けるワンストップ窓口です。関係機関が同じフロアで対応します。',
    scope: 'NATIONWIDE',
    website: 'https://zairyu-support.example.jp',
    services: [
      {
        name: '在留・生活ワンストップ相談',
        description: '窓口・電話・メールで相談を受け、出入国在留管理局、ハローワーク、法テラスなどと連携して対応します。',
        fields: ['RESIDENCE', 'EMPLOYMENT', 'LEGAL', 'DAILY_LIFE'],
        languages: ['ja', 'en', 'zh', 'ko', 'vi', 'fil', 'pt', 'es', 'ne', 'id', 'th', 'my', 'km', 'mn', 'si'],
        schedules: [WEEKDAYS_9_TO_17],
        department: '相談受付',
      },
    ],
  },
  {
    name: '日本司法支援ネット 多言語法律情報ダイヤル',
    legalStatus: null,
    description: '法的トラブルの解決に役立つ法制度や相談窓口を、通訳を介して無料で案内します。',
    scope: 'REMOTE',
    website: 'https://houterasu-tagengo.example.jp',
    services: [
      {
        name: '多言語情報提供サービス',
        description: '三者通話で通訳が入り、借金、離婚、労働、在留などの問題に合った相談先を案内します。',
        fields: ['LEGAL'],
        languages: ['ja', 'en', 'zh', 'ko', 'es', 'pt', 'vi', 'fil', 'ne', 'th'],
        schedules: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', description: '祝日を除く' }],
      },
    ],
  },
  {
    name: '一般財団法人 多言語医療情報センター',
    legalStatus: '一般財団法人',
    description: '外国語で受診できる医療機関の案内と、電話による医療通訳を行います。',
    scope: 'REMOTE',
    website: 'https://tagengo-iryo.example.jp',
    services: [
      {
        name: '医療機関案内・電話医療通訳',
        description: '症状に応じて受診できる医療機関を案内し、受診時には電話で通訳します。',
        fields: ['MEDICAL'],
        languages: ['ja', 'en', 'zh', 'ko', 'th', 'es', 'pt', 'vi'],
        schedules: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '09:00', closesAt: '20:00', description: null }],
      },
    ],
  },
  {
    name: '外国人労働者向け相談ダイヤル',
    legalStatus: '国の機関',
    description: '労働条件に関する相談を、母語で電話で受け付けます。各地の労働基準監督署と連携します。',
    scope: 'REMOTE',
    website: 'https://roudou-soudan.example.jp',
    services: [
      {
        name: '多言語労働条件相談',
        description: '賃金、労働時間、解雇、労災について、専門の相談員が通訳を介して助言します。',
        fields: ['EMPLOYMENT'],
        languages: ['ja', 'en', 'zh', 'pt', 'es', 'fil', 'vi', 'my', 'ne', 'km', 'th', 'id', 'mn'],
        schedules: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '10:00', closesAt: '15:00', description: '言語により曜日が異なる' }],
      },
    ],
  },
  {
    name: 'オンライン日本語学習ひろば',
    legalStatus: '特定非営利活動法人',
    description: '近くに日本語教室がない地域の人も、オンラインで生活の日本語を学べます。',
    scope: 'REMOTE',
    website: 'https://nihongo-hiroba.example.jp',
    services: [
      {
        name: 'オンライン日本語クラス',
        description: 'レベル別の少人数クラスを、平日夜と週末に開いています。',
        fields: ['JAPANESE_LEARNING'],
        languages: ['ja', 'en', 'vi', 'zh', 'ne', 'id', 'my'],
        schedules: [EVENINGS, SATURDAY_MORNING],
      },
    ],
  },
  {
    name: '災害時外国人支援情報ネット',
    legalStatus: '特定非営利活動法人',
    description: '大規模災害の発生時に、多言語の災害情報と避難所の案内を全国に発信します。',
    scope: 'NATIONWIDE',
    website: 'https://saigai-tagengo.example.jp',
    services: [
      {
        name: '多言語災害情報の発信',
        description: '気象警報、避難指示、給水所の情報を、やさしい日本語と14言語で発信します。',
        fields: ['DISASTER'],
        languages: ['ja', 'en', 'zh', 'ko', 'vi', 'fil', 'pt', 'es', 'th', 'ne', 'id', 'my', 'km', 'mn'],
        schedules: [{ byDay: [], opensAt: null, closesAt: null, description: '災害発生時に随時' }],
      },
    ],
  },
];

/** Kinds of local group that extra demo partners are, named after their town and a word. */
export const LOCAL_GROUP_KINDS: readonly (ServiceTemplate & { suffix: string; legalStatus: string | null; prefix: string })[] = [
  { prefix: 'NPO法人', suffix: '多文化共生センター', legalStatus: '特定非営利活動法人', name: '多文化共生相談', description: '地域の外国人住民の暮らしの相談と交流の場づくりをしています。', fields: ['DAILY_LIFE', 'OTHER'], otherLanguages: 3, schedules: [WEEKDAYS_10_TO_16] },
  { prefix: '', suffix: '日本語の会', legalStatus: null, name: 'にほんご教室', description: '地域のボランティアによる日本語教室です。子ども連れでも参加できます。', fields: ['JAPANESE_LEARNING'], otherLanguages: 2, schedules: [SATURDAY_MORNING] },
  { prefix: 'NPO法人', suffix: '医療通訳の会', legalStatus: '特定非営利活動法人', name: '受診同行・医療通訳', description: '病院への同行通訳と、予約の電話の代行をしています。', fields: ['MEDICAL'], otherLanguages: 3, schedules: [BY_APPOINTMENT] },
  { prefix: 'NPO法人', suffix: 'こども学習支援教室', legalStatus: '特定非営利活動法人', name: '放課後学習支援', description: '外国にルーツを持つ子どもの学習と居場所づくりを支えています。', fields: ['EDUCATION', 'CHILDCARE'], otherLanguages: 2, schedules: [{ byDay: ['MO', 'WE'], opensAt: '16:00', closesAt: '19:00', description: null }] },
  { prefix: '', suffix: '外国人労働相談室', legalStatus: null, name: '働く人の相談', description: '技能実習生や特定技能で働く人の職場の悩みを聞き、労働組合や監督署につなぎます。', fields: ['EMPLOYMENT'], otherLanguages: 3, schedules: [EVENINGS] },
  { prefix: '一般社団法人', suffix: 'すまい支援ネット', legalStatus: '一般社団法人', name: '住まいの相談', description: '部屋探しの同行と、入居後の近所づきあいやごみ出しの相談に応じます。', fields: ['HOUSING', 'WELFARE'], otherLanguages: 2, schedules: [WEEKDAYS_10_TO_16] },
  { prefix: '', suffix: '防災ネットワーク', legalStatus: null, name: 'やさしい日本語防災講座', description: '外国人住民向けの防災訓練と、災害時の安否確認の仕組みづくりをしています。', fields: ['DISASTER'], otherLanguages: 3, schedules: [MONTHLY] },
  { prefix: 'NPO法人', suffix: 'くらし相談室', legalStatus: '特定非営利活動法人', name: '生活困りごと相談', description: '役所の書類の読み方から生活費の相談まで、暮らし全般を支えます。', fields: ['DAILY_LIFE', 'WELFARE'], otherLanguages: 2, schedules: [WEEKDAYS_10_TO_16] },
  { prefix: '', suffix: 'こころの相談室', legalStatus: null, name: '母語で話せるこころの相談', description: '同じ言葉を話す相談員が、孤立や不安の相談を受けています。', fields: ['MENTAL_HEALTH'], otherLanguages: 2, schedules: [BY_APPOINTMENT] },
  { prefix: 'NPO法人', suffix: '女性と子どもの支援センター', legalStatus: '特定非営利活動法人', name: '女性のための相談', description: 'DVや家族の問題に悩む女性と子どもの相談に、同行支援を含めて対応します。', fields: ['VIOLENCE_ABUSE', 'CHILDCARE'], otherLanguages: 3, schedules: [WEEKDAYS_9_TO_17] },
  { prefix: '行政書士法人', suffix: '国際法務事務所', legalStatus: '行政書士法人', name: 'ビザ・在留資格相談', description: '在留資格の申請取次と、国際結婚に伴う手続を支援します。', fields: ['RESIDENCE'], otherLanguages: 2, schedules: [WEEKDAYS_9_TO_17] },
  { prefix: '', suffix: '法律事務所', legalStatus: null, name: '外国人の法律相談', description: '労働、離婚、交通事故などの法律相談を、通訳同席で受けています。', fields: ['LEGAL'], otherLanguages: 1, schedules: [BY_APPOINTMENT] },
];

/** Words in the names of local groups: ひまわり日本語の会, NPO法人かけはし医療通訳の会. */
export const GROUP_WORDS = [
  'ひまわり', 'みらい', 'かけはし', 'つばさ', 'あおぞら', 'こだま', 'さくら', 'ともしび', 'わかば', 'にじいろ',
  'はばたき', 'つながり', 'ふれあい', 'あゆみ', 'ひだまり', 'そよかぜ', 'なかま', 'みなと', 'やまびこ', 'ゆいまーる',
] as const;

/** Languages offered besides Japanese and English, most widely spoken among foreign residents first. */
export const OTHER_LANGUAGES = ['zh', 'vi', 'ko', 'fil', 'ne', 'pt', 'es', 'id', 'th', 'my'] as const;
