import type { PrefectureCode } from '@portal/platform';

/** A name part as written and as read in katakana. */
type Reading = readonly [written: string, kana: string];

export const JAPANESE_FAMILY_NAMES: readonly Reading[] = [
  ['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'], ['山本', 'ヤマモト'], ['中村', 'ナカムラ'], ['小林', 'コバヤシ'], ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'], ['山田', 'ヤマダ'], ['佐々木', 'ササキ'], ['山口', 'ヤマグチ'], ['松本', 'マツモト'],
  ['井上', 'イノウエ'], ['木村', 'キムラ'], ['林', 'ハヤシ'], ['斎藤', 'サイトウ'], ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'], ['森', 'モリ'], ['池田', 'イケダ'], ['橋本', 'ハシモト'], ['阿部', 'アベ'],
  ['石川', 'イシカワ'], ['山下', 'ヤマシタ'], ['中島', 'ナカジマ'], ['石井', 'イシイ'], ['小川', 'オガワ'],
  ['前田', 'マエダ'], ['岡田', 'オカダ'], ['長谷川', 'ハセガワ'], ['藤田', 'フジタ'], ['後藤', 'ゴトウ'],
  ['近藤', 'コンドウ'], ['村上', 'ムラカミ'], ['遠藤', 'エンドウ'], ['青木', 'アオキ'], ['坂本', 'サカモト'],
  ['金城', 'キンジョウ'], ['比嘉', 'ヒガ'], ['大城', 'オオシロ'],
];

export const JAPANESE_GIVEN_NAMES: readonly Reading[] = [
  ['美咲', 'ミサキ'], ['陽子', 'ヨウコ'], ['由美', 'ユミ'], ['恵子', 'ケイコ'], ['真由美', 'マユミ'],
  ['直子', 'ナオコ'], ['智子', 'トモコ'], ['裕子', 'ユウコ'], ['彩', 'アヤ'], ['麻衣', 'マイ'],
  ['千尋', 'チヒロ'], ['愛', 'アイ'], ['香織', 'カオリ'], ['明美', 'アケミ'], ['奈々', 'ナナ'],
  ['結衣', 'ユイ'], ['和子', 'カズコ'], ['さくら', 'サクラ'], ['健太', 'ケンタ'], ['大輔', 'ダイスケ'],
  ['翔太', 'ショウタ'], ['拓也', 'タクヤ'], ['誠', 'マコト'], ['浩二', 'コウジ'], ['隆', 'タカシ'],
  ['修', 'オサム'], ['健一', 'ケンイチ'], ['亮', 'リョウ'], ['直樹', 'ナオキ'], ['和也', 'カズヤ'],
  ['哲也', 'テツヤ'], ['聡', 'サトシ'], ['悠斗', 'ユウト'], ['雅人', 'マサト'], ['洋平', 'ヨウヘイ'],
];

/**
 * Where foreign-born coordinators come from, weighted roughly by the foreign resident
 * population of Japan. Names are written as their owners register them: kanji for
 * Chinese and Korean names, katakana parts joined by "・" for the others.
 */
export interface Origin {
  country: string;
  /** BCP 47 canonical tag of the mother tongue. */
  language: string;
  /** Languages some of them also speak, with the level. */
  alsoSpeak: readonly (readonly [code: string, level: 'FLUENT' | 'BUSINESS' | 'CONVERSATIONAL'])[];
  weight: number;
  /** Prefectures where the community is large, chosen more often. */
  communities?: readonly PrefectureCode[];
  name: { kanji: readonly [family: readonly Reading[], given: readonly Reading[]] } | { katakana: readonly [first: readonly string[], second: readonly string[]] };
}

export const ORIGINS: readonly Origin[] = [
  {
    country: '中国', language: 'zh', alsoSpeak: [['en', 'CONVERSATIONAL']], weight: 20,
    name: {
      kanji: [
        [['王', 'ワン'], ['李', 'リー'], ['張', 'チャン'], ['劉', 'リュウ'], ['陳', 'チン'], ['楊', 'ヤン'], ['趙', 'チャオ'], ['周', 'チョウ']],
        [['麗華', 'リーホア'], ['偉', 'ウェイ'], ['静', 'ジン'], ['敏', 'ミン'], ['海燕', 'ハイイェン'], ['雪梅', 'シュエメイ'], ['磊', 'レイ'], ['芳', 'ファン']],
      ],
    },
  },
  {
    country: 'ベトナム', language: 'vi', alsoSpeak: [['en', 'BUSINESS']], weight: 18,
    name: {
      katakana: [
        ['グエン', 'チャン', 'レ', 'ファム', 'ホアン', 'ブイ', 'ヴー', 'ド'],
        ['ティ・ラン', 'ヴァン・ナム', 'ティ・フオン', 'ミン・トゥアン', 'ゴック・アイン', 'ドゥック・ハイ', 'ティ・タオ', 'クアン・ズン'],
      ],
    },
  },
  {
    country: '韓国', language: 'ko', alsoSpeak: [['en', 'BUSINESS']], weight: 10,
    name: {
      kanji: [
        [['金', 'キム'], ['李', 'イ'], ['朴', 'パク'], ['崔', 'チェ'], ['鄭', 'チョン']],
        [['志恩', 'ジウン'], ['民俊', 'ミンジュン'], ['秀晶', 'スジョン'], ['賢宇', 'ヒョヌ'], ['恵真', 'ヘジン'], ['美英', 'ミヨン']],
      ],
    },
  },
  {
    // "tl" is an alias that Intl, and so the API's language filter, canonicalises to "fil".
    country: 'フィリピン', language: 'fil', alsoSpeak: [['en', 'FLUENT']], weight: 12,
    name: {
      katakana: [
        ['マリア', 'ジョイ', 'クリスティーン', 'ロウェナ', 'マーク', 'ジェニファー', 'アナリン'],
        ['サントス', 'レイエス', 'ガルシア', 'クルス', 'メンドーサ', 'バウティスタ', 'デラクルス'],
      ],
    },
  },
  {
    country: 'ブラジル', language: 'pt-BR', alsoSpeak: [['es', 'CONVERSATIONAL']], weight: 9,
    communities: ['22', '23', '10', '21', '24'],
    name: {
      katakana: [
        ['ルシアナ', 'ファビオ', 'カミラ', 'ラファエル', 'ジュリアナ', 'マルコス', 'エリカ'],
        ['オリベイラ', 'シルバ', 'ソウザ', 'サントス', 'ペレイラ', 'ナカムラ', 'タナカ'],
      ],
    },
  },
  {
    country: 'ペルー', language: 'es', alsoSpeak: [['pt', 'CONVERSATIONAL']], weight: 3,
    communities: ['14', '22', '23', '10'],
    name: { katakana: [['カルロス', 'ロサ', 'ホセ', 'アナ', 'ルイス'], ['キスペ', 'ガルシア', 'フローレス', 'ロドリゲス', 'ヒガ']] },
  },
  {
    country: 'ネパール', language: 'ne', alsoSpeak: [['en', 'BUSINESS'], ['hi', 'CONVERSATIONAL']], weight: 8,
    name: { katakana: [['ラナ', 'ビカス', 'スニタ', 'プラカシュ', 'サビナ', 'ラム'], ['バハドゥル', 'シュレスタ', 'グルン', 'タパ', 'ライ']] },
  },
  {
    country: 'インドネシア', language: 'id', alsoSpeak: [['en', 'CONVERSATIONAL']], weight: 6,
    name: { katakana: [['デウィ', 'アグス', 'シティ', 'リナ', 'ユディ'], ['レスタリ', 'サプトラ', 'ヌルハサナ', 'ウィジャヤ', 'ハルトノ']] },
  },
  {
    country: 'ミャンマー', language: 'my', alsoSpeak: [['en', 'BUSINESS']], weight: 4,
    name: { katakana: [['ミャ', 'アウン', 'ティダ', 'ゾー', 'キン', 'ヌエ'], ['ミャ・ウィン', 'チョー・ミン', 'アウン', 'ミン・トゥン', 'マー・ラー']] },
  },
  {
    country: '台湾', language: 'zh-Hant', alsoSpeak: [['en', 'BUSINESS']], weight: 3,
    name: {
      kanji: [
        [['林', 'リン'], ['陳', 'チェン'], ['黄', 'ホアン'], ['蔡', 'ツァイ']],
        [['怡君', 'イージュン'], ['雅婷', 'ヤーティン'], ['志豪', 'ジーハオ'], ['家豪', 'ジャーハオ']],
      ],
    },
  },
  {
    country: 'タイ', language: 'th', alsoSpeak: [['en', 'CONVERSATIONAL']], weight: 2,
    name: { katakana: [['スダラット', 'ソムチャイ', 'ナッタポン', 'ワンペン'], ['ウォンサワット', 'スリスック', 'チャイヤポン']] },
  },
  {
    country: 'スリランカ', language: 'si', alsoSpeak: [['en', 'FLUENT'], ['ta', 'CONVERSATIONAL']], weight: 2,
    name: { katakana: [['ニルミニ', 'チャミンダ', 'ディルニ', 'サマン'], ['ペレラ', 'フェルナンド', 'シルバ', 'ジャヤワルダナ']] },
  },
  {
    country: 'バングラデシュ', language: 'bn', alsoSpeak: [['en', 'FLUENT']], weight: 1,
    name: { katakana: [['ラフィク', 'ナスリン', 'ファルハナ', 'カマル'], ['イスラム', 'ラーマン', 'ホセイン']] },
  },
  {
    country: 'ウクライナ', language: 'uk', alsoSpeak: [['ru', 'FLUENT'], ['en', 'BUSINESS']], weight: 1,
    name: { katakana: [['オレナ', 'イリーナ', 'アンドリー', 'オクサナ'], ['コヴァレンコ', 'シェフチェンコ', 'ボンダレンコ']] },
  },
  {
    country: 'モンゴル', language: 'mn', alsoSpeak: [['ru', 'CONVERSATIONAL']], weight: 1,
    name: { katakana: [['バトエルデネ', 'オユンチメグ', 'ガンゾリグ'], ['ガンバト', 'ドルジ', 'バトボルド']] },
  },
  {
    country: 'アメリカ', language: 'en', alsoSpeak: [['es', 'CONVERSATIONAL']], weight: 2,
    name: { katakana: [['エミリー', 'マイケル', 'サラ', 'デビッド'], ['ジョンソン', 'スミス', 'ブラウン', 'ミラー']] },
  },
  {
    country: 'フランス', language: 'fr', alsoSpeak: [['en', 'BUSINESS']], weight: 1,
    name: { katakana: [['ソフィー', 'カミーユ', 'ニコラ'], ['マルタン', 'ベルナール', 'デュボワ']] },
  },
];

/** Japanese names of the languages that demo profiles use, for their bios. */
export const LANGUAGE_NAMES: Record<string, string> = {
  ja: '日本語', en: '英語', zh: '中国語', 'zh-Hant': '中国語（繁体字）', ko: '韓国語', vi: 'ベトナム語',
  fil: 'フィリピノ語', pt: 'ポルトガル語', 'pt-BR': 'ポルトガル語', es: 'スペイン語', ne: 'ネパール語',
  hi: 'ヒンディー語', id: 'インドネシア語', my: 'ミャンマー語', th: 'タイ語', si: 'シンハラ語', ta: 'タミル語',
  bn: 'ベンガル語', uk: 'ウクライナ語', ru: 'ロシア語', mn: 'モンゴル語', fr: 'フランス語',
};

/** Languages Japanese-born coordinators learned, weighted by how often they are needed. */
export const LEARNED_LANGUAGES: readonly (readonly [code: string, weight: number])[] = [
  ['en', 40], ['zh', 14], ['vi', 12], ['ko', 10], ['pt', 8], ['es', 8], ['fil', 6], ['id', 4],
  ['ne', 3], ['fr', 3], ['th', 2], ['ru', 2], ['my', 2], ['zh-Hant', 2],
];
