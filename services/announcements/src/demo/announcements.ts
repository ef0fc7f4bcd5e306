import type { ConsultationField } from '@portal/platform';
import type { AnnouncementCategory, AnnouncementImportance } from '../vocabulary';

export interface DemoAnnouncement {
  title: string;
  body: string;
  category: AnnouncementCategory;
  importance: AnnouncementImportance;
  relatedFields: ConsultationField[];
  effectiveDate: string | null;
  targetPrefectureCodes: string[];
  publishedAt: string;
}

// Prefectures under the Tokyo Regional Immigration Services Bureau (東京出入国在留管理局).
const TOKYO_BUREAU = ['08', '09', '10', '11', '12', '13', '14', '15', '19', '20'];

/**
 * What the agency has published so far in the demo, oldest first: every category, most
 * nationwide, some for a few prefectures. Dates are fixed so that every run is the same.
 */
export const DEMO_ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    title: '外国人支援コーディネーターポータルの提供開始について',
    body: '修了者の皆様が相互に連絡を取り合い、連携先や対応事例を共有するためのポータルの提供を開始しました。\nプロフィール（活動地域・専門分野・対応言語）を最新の内容に保っていただくと、地域を対象としたお知らせが届くようになります。',
    category: 'PORTAL_NOTICE',
    importance: 'NORMAL',
    relatedFields: [],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-04-01T10:00:00+09:00',
  },
  {
    title: '在留手続オンライン申請の拡充について',
    body: '在留期間更新許可申請・在留資格変更許可申請など、オンラインで行える在留手続の対象が拡充されました。\n所属機関の職員や取次者に加え、本人による申請もマイナンバーカードを用いて行えます。窓口に出向くことが難しい相談者には、オンライン申請の利用を案内してください。\n詳しい対象手続と操作手順は出入国在留管理庁のウェブサイトをご確認ください。',
    category: 'GOVERNMENT_NOTICE',
    importance: 'NORMAL',
    relatedFields: ['RESIDENCE'],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-05-12T14:00:00+09:00',
  },
  {
    title: '令和8年度 多言語相談窓口担当者研修（オンライン）のご案内',
    body: '一元的相談窓口や多言語相談窓口で相談に対応する方を対象に、オンライン研修を開催します。\n日時：令和8年7月9日（木）13:30〜16:30\n内容：在留手続の基礎、通訳を介した相談対応、関係機関へのつなぎ方（事例演習）\n申込：ポータルの研修ページから6月30日までにお申し込みください。',
    category: 'TRAINING',
    importance: 'NORMAL',
    relatedFields: ['RESIDENCE', 'DAILY_LIFE'],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-06-02T10:00:00+09:00',
  },
  {
    title: '医療通訳と連携した相談対応研修（近畿ブロック・対面）',
    body: '近畿ブロックで活動するコーディネーターを対象に、医療機関・医療通訳者と連携した相談対応の研修を大阪市内で開催します。\n受診同行の前に確認すべきこと、医療費や保険の説明、やさしい日本語での伝え方を演習します。定員40名。',
    category: 'TRAINING',
    importance: 'LOW',
    relatedFields: ['MEDICAL', 'SOCIAL_INSURANCE'],
    effectiveDate: null,
    targetPrefectureCodes: ['25', '26', '27', '28', '29', '30'],
    publishedAt: '2026-06-20T11:00:00+09:00',
  },
  {
    title: '令和8年度 活動状況アンケートへのご協力のお願い',
    body: '施策の改善に役立てるため、皆様の相談対応の状況と、地域で不足している連携先についてのアンケートを実施します。\nポータルのアンケート機能から8月31日までにご回答ください。回答は統計的に処理し、個人が特定される形で公表することはありません。',
    category: 'SURVEY_REQUEST',
    importance: 'NORMAL',
    relatedFields: [],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-07-15T10:00:00+09:00',
  },
  {
    title: '大雨災害に伴う外国人被災者への支援について',
    body: '九州北部の大雨により被害が生じています。被災した外国人住民から、避難所、罹災証明書、在留手続（在留期間の特例）に関する相談が寄せられることが見込まれます。\n自治体の多言語支援センターと連絡を取り、避難情報のやさしい日本語・多言語での発信と、在留期限が迫っている方への案内にご協力ください。',
    category: 'GOVERNMENT_NOTICE',
    importance: 'URGENT',
    relatedFields: ['DISASTER', 'RESIDENCE', 'HOUSING'],
    effectiveDate: null,
    targetPrefectureCodes: ['40', '41', '43', '44'],
    publishedAt: '2026-08-20T08:30:00+09:00',
  },
  {
    title: '災害時の外国人支援に関する通知（平時からの備え）',
    body: '災害時に外国人住民が必要な情報を得られるよう、平時から自治体・国際交流協会・外国人コミュニティとの連絡体制を確認してください。\n災害多言語支援センターの設置訓練や、防災訓練への外国人住民の参加の呼びかけについて、地域の取組事例をポータルで共有しています。',
    category: 'GOVERNMENT_NOTICE',
    importance: 'HIGH',
    relatedFields: ['DISASTER'],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-09-01T10:00:00+09:00',
  },
  {
    title: '育成就労制度の施行について',
    body: '技能実習制度に代わり、人材の育成と確保を目的とする育成就労制度が令和9年4月1日に施行されます。\n主な変更点：\n・一定の要件の下で、本人の意向による転籍が認められます。\n・監理団体に代わり、許可を受けた監理支援機関が受入れを支援します。\n・施行日前に技能実習を開始した方には経過措置があります。\n転籍や受入れ先とのトラブルに関する相談が増えることが見込まれます。労働基準監督署や外国人技能実習機構の窓口と連携して対応してください。',
    category: 'LAW_CHANGE',
    importance: 'HIGH',
    relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
    effectiveDate: '2027-04-01',
    targetPrefectureCodes: [],
    publishedAt: '2026-10-01T10:00:00+09:00',
  },
  {
    title: '外国人支援コーディネーター全国連絡会議の開催について',
    body: '全国のコーディネーターが地域の課題と対応事例を共有する連絡会議を開催します。\n日時：令和8年11月20日（金）13:00〜17:00（オンライン併用）\n会場：東京都千代田区\n各地域の事例発表を募集しています。ポータルの事例研究会ページからお申し込みください。',
    category: 'EVENT',
    importance: 'NORMAL',
    relatedFields: [],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-10-10T15:00:00+09:00',
  },
  {
    title: '栃木県内 事例研究会（労働相談）のご案内',
    body: '栃木県内で活動するコーディネーターを対象に、宇都宮市で事例研究会を開催します。テーマは製造業で働く外国人労働者からの労働相談（賃金未払い・解雇）への対応です。\n労働局の担当者を講師にお迎えします。',
    category: 'EVENT',
    importance: 'LOW',
    relatedFields: ['EMPLOYMENT', 'LEGAL'],
    effectiveDate: null,
    targetPrefectureCodes: ['09'],
    publishedAt: '2026-10-22T10:00:00+09:00',
  },
  {
    title: '短時間労働者への社会保険の適用拡大について',
    body: '被用者保険（厚生年金保険・健康保険）の適用対象となる短時間労働者の範囲が広がります。\n週20時間以上働く外国人労働者から、保険料の負担や将来の年金（脱退一時金を含む）についての相談が見込まれます。年金事務所の多言語対応窓口の案内資料をポータルの資料ページに掲載しています。',
    category: 'LAW_CHANGE',
    importance: 'NORMAL',
    relatedFields: ['SOCIAL_INSURANCE', 'EMPLOYMENT'],
    effectiveDate: '2027-10-01',
    targetPrefectureCodes: [],
    publishedAt: '2026-11-04T10:00:00+09:00',
  },
  {
    title: '年末年始の在留手続窓口の混雑について',
    body: '例年、12月から1月にかけて東京出入国在留管理局及び管内の出張所の窓口が大変混雑します。\n在留期限が近い相談者には、早めの申請とオンライン申請の利用を案内してください。',
    category: 'GOVERNMENT_NOTICE',
    importance: 'NORMAL',
    relatedFields: ['RESIDENCE'],
    effectiveDate: null,
    targetPrefectureCodes: TOKYO_BUREAU,
    publishedAt: '2026-11-16T10:00:00+09:00',
  },
  {
    title: '永住許可制度の見直しについて',
    body: '改正入管法により、永住者が故意に公租公課の支払をしない場合などに在留資格を取り消すことができる制度が施行されます。\n永住者の方から、税金や社会保険料の滞納が在留資格に与える影響について不安の声が寄せられることが見込まれます。納付の相談窓口や分納の手続を案内し、必要に応じて行政書士・弁護士等の専門家につないでください。',
    category: 'LAW_CHANGE',
    importance: 'HIGH',
    relatedFields: ['RESIDENCE', 'TAX', 'SOCIAL_INSURANCE'],
    effectiveDate: '2027-04-01',
    targetPrefectureCodes: [],
    publishedAt: '2026-11-20T10:00:00+09:00',
  },
  {
    title: '関係機関の連絡先一覧の更新について',
    body: '法テラス、労働基準監督署、保健所などの多言語対応窓口の連絡先一覧を更新しました。ポータルの資料ページからダウンロードできます。',
    category: 'OTHER',
    importance: 'LOW',
    relatedFields: ['LEGAL', 'EMPLOYMENT', 'MEDICAL'],
    effectiveDate: null,
    targetPrefectureCodes: [],
    publishedAt: '2026-11-25T10:00:00+09:00',
  },
];
