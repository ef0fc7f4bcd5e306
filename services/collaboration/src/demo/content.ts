import type { ConsultationField } from '@portal/platform';

export interface DemoQuestion {
  title: string;
  body: string;
  fields: ConsultationField[];
  languages: string[];
  answers: string[];
}

/** Board questions as coordinators write them: de-identified, about kinds of cases, with peers' answers. */
export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    title: '夜間に受診できる医療通訳の探し方',
    body: 'ネパール語の医療通訳が夜間に必要な相談が増えています。他県ではどのように手配していますか。',
    fields: ['MEDICAL'],
    languages: ['ne'],
    answers: ['県の国際交流協会が夜間の電話通訳を委託しています。協会に委託先を確認するとよいです。', '救急の場合は多言語の119番通報の三者通話が使えます。'],
  },
  {
    title: '技能実習生の転籍の相談はどこにつなぐべきか',
    body: '受入れ先とのトラブルで転籍を希望する技能実習生の相談がありました。最初の相談先として適切なところを教えてください。',
    fields: ['EMPLOYMENT', 'RESIDENCE'],
    languages: ['vi'],
    answers: ['外国人技能実習機構の母国語相談窓口が最初の窓口になります。', '賃金未払いが絡む場合は労働基準監督署にも同時に相談しています。'],
  },
  {
    title: '国民健康保険の滞納があるときの在留期間更新',
    body: '保険料の滞納がある方の在留期間更新について、事前にできる準備を知りたいです。',
    fields: ['SOCIAL_INSURANCE', 'RESIDENCE'],
    languages: ['en'],
    answers: ['市区町村の窓口で分納の相談をし、納付計画を示せるようにしておくのが一般的です。'],
  },
  {
    title: 'DV被害の相談で通訳を同席させるときの注意',
    body: '加害者と同じコミュニティの通訳を避けたいのですが、少数言語だと難しいです。皆さんの工夫を教えてください。',
    fields: ['VIOLENCE_ABUSE'],
    languages: ['tl'],
    answers: ['他県の通訳者に電話やオンラインで入ってもらうことで、同じ地域の人を避けています。', '配偶者暴力相談支援センターの通訳派遣制度も確認してください。'],
  },
  {
    title: '子どもの就学手続を案内するときの資料',
    body: '来日したばかりの家族に就学の流れを説明する多言語資料で、使いやすいものはありますか。',
    fields: ['EDUCATION', 'CHILDCARE'],
    languages: ['pt'],
    answers: ['文部科学省の外国人児童生徒のための就学ガイドブックが多言語で公開されています。'],
  },
  {
    title: '保証人がいない場合の住まい探し',
    body: '保証人を立てられない相談者の住まい探しで、連携している不動産事業者や支援団体はありますか。',
    fields: ['HOUSING'],
    languages: ['zh'],
    answers: ['居住支援法人に相談すると、家賃債務保証の利用も含めて調整してもらえます。'],
  },
  {
    title: '災害時の多言語情報の届け方',
    body: '大雨の避難情報を外国人住民に届ける方法として、平時から準備していることを教えてください。',
    fields: ['DISASTER'],
    languages: ['en', 'vi'],
    answers: ['やさしい日本語の避難情報テンプレートを自治体と一緒に作っています。', 'コミュニティのSNSグループに発信協力者を決めています。'],
  },
  {
    title: '年金の脱退一時金の相談',
    body: '帰国予定の方から脱退一時金の請求について相談がありました。手続で気をつける点はありますか。',
    fields: ['SOCIAL_INSURANCE'],
    languages: ['id'],
    answers: ['出国後2年以内の請求であることと、住民票の転出届の時期を確認してください。'],
  },
  {
    title: 'こころの不調を訴える相談者への対応',
    body: '母語で話せる精神科や相談窓口が地域にありません。遠隔で対応できるところを知っていますか。',
    fields: ['MENTAL_HEALTH', 'MEDICAL'],
    languages: ['es'],
    answers: ['多言語で対応するオンラインのこころの相談窓口があります。まず電話で状況を伝えてつないでいます。'],
  },
  {
    title: '日本語教室が近くにない地域での学習支援',
    body: '近くに日本語教室がない地域の住民に、オンラインで参加できる教室を紹介したいです。',
    fields: ['JAPANESE_LEARNING'],
    languages: ['my'],
    answers: ['文化庁の日本語学習サイトと、県の国際交流協会のオンライン教室を組み合わせて案内しています。'],
  },
  {
    title: '税金の申告について相談できる窓口',
    body: '副業収入のある方から確定申告について相談を受けました。多言語で相談できる窓口はありますか。',
    fields: ['TAX'],
    languages: ['ko'],
    answers: ['税務署の電話相談センターは通訳を介して相談できます。申告期は早めの予約が必要です。'],
  },
  {
    title: '在留資格の変更で行政書士につなぐ目安',
    body: '転職に伴う在留資格の変更の相談で、どの段階で行政書士につなぐべきか迷います。',
    fields: ['RESIDENCE', 'LEGAL'],
    languages: ['en'],
    answers: ['職務内容が現在の在留資格に合うか判断が難しい場合は、早めに専門家へつないでいます。', '法テラスの多言語情報提供サービスも併せて案内しています。'],
  },
];

/** Referral descriptions: the need, never the resident. */
export const DEMO_REFERRAL_NEEDS: { fields: ConsultationField[]; languages: string[]; description: string }[] = [
  { fields: ['MEDICAL'], languages: ['vi'], description: '転居予定の相談者。転居先でベトナム語の医療通訳を伴う受診支援を引き継いでいただきたい。' },
  { fields: ['EMPLOYMENT'], languages: ['ne'], description: '隣県の事業所で働く方の賃金未払いの相談。事業所の所在地で労働基準監督署への同行をお願いしたい。' },
  { fields: ['VIOLENCE_ABUSE'], languages: ['tl'], description: '避難先となる県での支援の継続をお願いしたい。詳細は電話でお伝えします。' },
  { fields: ['EDUCATION', 'CHILDCARE'], languages: ['pt'], description: '転居する家族の子どもの就学手続と日本語指導の受入れ先を探しています。' },
  { fields: ['HOUSING'], languages: ['zh'], description: '転職に伴い転居する方の住まい探しの支援をお願いしたい。' },
  { fields: ['RESIDENCE'], languages: ['en'], description: '転居先で在留手続の相談を続けられる窓口につないでいただきたい。' },
];
