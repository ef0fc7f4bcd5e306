import type { PrefectureCode } from '@portal/platform';

export interface DemoPlace {
  /** As organisations put it in their names: 栃木, 東京, 大阪, 北海道. */
  short: string;
  /** The prefectural capital first, then towns with many foreign residents. */
  municipalities: readonly string[];
  /** Foreign residents in thousands, roughly (2024): where extra demo partners are more likely. */
  foreignResidents: number;
}

export const DEMO_PLACES = {
  '01': { short: '北海道', municipalities: ['札幌市', '函館市', '旭川市'], foreignResidents: 55 },
  '02': { short: '青森', municipalities: ['青森市', '八戸市'], foreignResidents: 8 },
  '03': { short: '岩手', municipalities: ['盛岡市', '奥州市'], foreignResidents: 9 },
  '04': { short: '宮城', municipalities: ['仙台市', '石巻市'], foreignResidents: 27 },
  '05': { short: '秋田', municipalities: ['秋田市', '横手市'], foreignResidents: 5 },
  '06': { short: '山形', municipalities: ['山形市', '酒田市'], foreignResidents: 9 },
  '07': { short: '福島', municipalities: ['福島市', '郡山市', 'いわき市'], foreignResidents: 17 },
  '08': { short: '茨城', municipalities: ['水戸市', 'つくば市', '常総市'], foreignResidents: 89 },
  '09': { short: '栃木', municipalities: ['宇都宮市', '小山市', '真岡市'], foreignResidents: 48 },
  '10': { short: '群馬', municipalities: ['前橋市', '太田市', '伊勢崎市', '大泉町'], foreignResidents: 72 },
  '11': { short: '埼玉', municipalities: ['さいたま市', '川口市', '蕨市'], foreignResidents: 234 },
  '12': { short: '千葉', municipalities: ['千葉市', '船橋市', '成田市'], foreignResidents: 200 },
  '13': { short: '東京', municipalities: ['新宿区', '江戸川区', '豊島区', '足立区', '八王子市'], foreignResidents: 700 },
  '14': { short: '神奈川', municipalities: ['横浜市', '川崎市', '相模原市', '大和市'], foreignResidents: 272 },
  '15': { short: '新潟', municipalities: ['新潟市', '長岡市'], foreignResidents: 21 },
  '16': { short: '富山', municipalities: ['富山市', '高岡市'], foreignResidents: 22 },
  '17': { short: '石川', municipalities: ['金沢市', '小松市'], foreignResidents: 20 },
  '18': { short: '福井', municipalities: ['福井市', '越前市'], foreignResidents: 18 },
  '19': { short: '山梨', municipalities: ['甲府市', '富士吉田市'], foreignResidents: 22 },
  '20': { short: '長野', municipalities: ['長野市', '松本市', '上田市'], foreignResidents: 42 },
  '21': { short: '岐阜', municipalities: ['岐阜市', '美濃加茂市', '可児市'], foreignResidents: 66 },
  '22': { short: '静岡', municipalities: ['静岡市', '浜松市', '磐田市'], foreignResidents: 120 },
  '23': { short: '愛知', municipalities: ['名古屋市', '豊田市', '豊橋市', '小牧市'], foreignResidents: 320 },
  '24': { short: '三重', municipalities: ['津市', '四日市市', '鈴鹿市'], foreignResidents: 63 },
  '25': { short: '滋賀', municipalities: ['大津市', '長浜市', '湖南市'], foreignResidents: 37 },
  '26': { short: '京都', municipalities: ['京都市', '宇治市'], foreignResidents: 75 },
  '27': { short: '大阪', municipalities: ['大阪市', '堺市', '東大阪市', '豊中市'], foreignResidents: 300 },
  '28': { short: '兵庫', municipalities: ['神戸市', '姫路市', '尼崎市'], foreignResidents: 130 },
  '29': { short: '奈良', municipalities: ['奈良市', '橿原市'], foreignResidents: 16 },
  '30': { short: '和歌山', municipalities: ['和歌山市', '田辺市'], foreignResidents: 8 },
  '31': { short: '鳥取', municipalities: ['鳥取市', '米子市'], foreignResidents: 6 },
  '32': { short: '島根', municipalities: ['松江市', '出雲市'], foreignResidents: 11 },
  '33': { short: '岡山', municipalities: ['岡山市', '倉敷市', '総社市'], foreignResidents: 34 },
  '34': { short: '広島', municipalities: ['広島市', '福山市', '東広島市'], foreignResidents: 60 },
  '35': { short: '山口', municipalities: ['山口市', '下関市'], foreignResidents: 18 },
  '36': { short: '徳島', municipalities: ['徳島市', '阿南市'], foreignResidents: 7 },
  '37': { short: '香川', municipalities: ['高松市', '丸亀市'], foreignResidents: 16 },
  '38': { short: '愛媛', municipalities: ['松山市', '今治市'], foreignResidents: 17 },
  '39': { short: '高知', municipalities: ['高知市', '四万十市'], foreignResidents: 6 },
  '40': { short: '福岡', municipalities: ['福岡市', '北九州市', '久留米市'], foreignResidents: 98 },
  '41': { short: '佐賀', municipalities: ['佐賀市', '唐津市'], foreignResidents: 9 },
  '42': { short: '長崎', municipalities: ['長崎市', '佐世保市'], foreignResidents: 12 },
  '43': { short: '熊本', municipalities: ['熊本市', '菊陽町', '八代市'], foreignResidents: 27 },
  '44': { short: '大分', municipalities: ['大分市', '別府市'], foreignResidents: 17 },
  '45': { short: '宮崎', municipalities: ['宮崎市', '都城市'], foreignResidents: 10 },
  '46': { short: '鹿児島', municipalities: ['鹿児島市', '薩摩川内市'], foreignResidents: 17 },
  '47': { short: '沖縄', municipalities: ['那覇市', '沖縄市', 'うるま市'], foreignResidents: 25 },
} as const satisfies Record<PrefectureCode, DemoPlace>;

/** Where Brazilian, Peruvian and Filipino communities are large: Portuguese and Spanish are offered more often. */
export const LATIN_AMERICAN_COMMUNITIES: readonly PrefectureCode[] = ['10', '21', '22', '23', '24', '25'];
