import type { PrefectureCode } from '@portal/platform';

interface PrefectureFacts {
  /** Population in units of 10,000 (2020 census, rounded): how many demo coordinators live there. */
  population: number;
  /** A few real municipalities, the prefectural capital first. */
  municipalities: readonly string[];
}

export const PREFECTURE_FACTS = {
  '01': { population: 522, municipalities: ['札幌市', '旭川市', '函館市', '釧路市', '帯広市', '苫小牧市'] },
  '02': { population: 124, municipalities: ['青森市', '八戸市', '弘前市'] },
  '03': { population: 121, municipalities: ['盛岡市', '一関市', '奥州市', '花巻市'] },
  '04': { population: 230, municipalities: ['仙台市', '石巻市', '大崎市', '名取市'] },
  '05': { population: 96, municipalities: ['秋田市', '横手市', '大仙市'] },
  '06': { population: 107, municipalities: ['山形市', '鶴岡市', '酒田市', '米沢市'] },
  '07': { population: 183, municipalities: ['福島市', '郡山市', 'いわき市', '会津若松市'] },
  '08': { population: 287, municipalities: ['水戸市', 'つくば市', '日立市', '常総市', '土浦市'] },
  '09': { population: 193, municipalities: ['宇都宮市', '小山市', '足利市', '真岡市', '栃木市'] },
  '10': { population: 194, municipalities: ['前橋市', '高崎市', '太田市', '伊勢崎市', '大泉町'] },
  '11': { population: 734, municipalities: ['さいたま市', '川口市', '川越市', '所沢市', '越谷市', '蕨市'] },
  '12': { population: 628, municipalities: ['千葉市', '船橋市', '松戸市', '市川市', '柏市', '成田市'] },
  '13': { population: 1405, municipalities: ['新宿区', '江戸川区', '豊島区', '足立区', '江東区', '大田区', '八王子市', '町田市'] },
  '14': { population: 924, municipalities: ['横浜市', '川崎市', '相模原市', '藤沢市', '厚木市', '大和市'] },
  '15': { population: 220, municipalities: ['新潟市', '長岡市', '上越市'] },
  '16': { population: 103, municipalities: ['富山市', '高岡市', '射水市'] },
  '17': { population: 113, municipalities: ['金沢市', '小松市', '白山市'] },
  '18': { population: 77, municipalities: ['福井市', '越前市', '敦賀市'] },
  '19': { population: 81, municipalities: ['甲府市', '甲斐市', '富士吉田市'] },
  '20': { population: 205, municipalities: ['長野市', '松本市', '上田市', '飯田市'] },
  '21': { population: 198, municipalities: ['岐阜市', '大垣市', '可児市', '美濃加茂市'] },
  '22': { population: 363, municipalities: ['静岡市', '浜松市', '富士市', '磐田市', '沼津市'] },
  '23': { population: 754, municipalities: ['名古屋市', '豊田市', '豊橋市', '岡崎市', '一宮市', '小牧市'] },
  '24': { population: 177, municipalities: ['津市', '四日市市', '鈴鹿市', '伊賀市'] },
  '25': { population: 141, municipalities: ['大津市', '草津市', '長浜市', '湖南市'] },
  '26': { population: 258, municipalities: ['京都市', '宇治市', '福知山市'] },
  '27': { population: 884, municipalities: ['大阪市', '堺市', '東大阪市', '豊中市', '吹田市', '高槻市'] },
  '28': { population: 547, municipalities: ['神戸市', '姫路市', '尼崎市', '西宮市', '明石市'] },
  '29': { population: 132, municipalities: ['奈良市', '橿原市', '生駒市'] },
  '30': { population: 92, municipalities: ['和歌山市', '田辺市', '橋本市'] },
  '31': { population: 55, municipalities: ['鳥取市', '米子市', '倉吉市'] },
  '32': { population: 67, municipalities: ['松江市', '出雲市', '浜田市'] },
  '33': { population: 189, municipalities: ['岡山市', '倉敷市', '津山市', '総社市'] },
  '34': { population: 280, municipalities: ['広島市', '福山市', '呉市', '東広島市'] },
  '35': { population: 134, municipalities: ['山口市', '下関市', '宇部市', '周南市'] },
  '36': { population: 72, municipalities: ['徳島市', '阿南市', '鳴門市'] },
  '37': { population: 95, municipalities: ['高松市', '丸亀市', '観音寺市'] },
  '38': { population: 133, municipalities: ['松山市', '今治市', '新居浜市', '西条市'] },
  '39': { population: 69, municipalities: ['高知市', '南国市', '四万十市'] },
  '40': { population: 513, municipalities: ['福岡市', '北九州市', '久留米市', '飯塚市'] },
  '41': { population: 81, municipalities: ['佐賀市', '唐津市', '鳥栖市'] },
  '42': { population: 131, municipalities: ['長崎市', '佐世保市', '諫早市'] },
  '43': { population: 174, municipalities: ['熊本市', '八代市', '菊陽町', '天草市'] },
  '44': { population: 112, municipalities: ['大分市', '別府市', '中津市'] },
  '45': { population: 107, municipalities: ['宮崎市', '都城市', '延岡市'] },
  '46': { population: 159, municipalities: ['鹿児島市', '霧島市', '薩摩川内市', '鹿屋市'] },
  '47': { population: 147, municipalities: ['那覇市', '沖縄市', 'うるま市', '浦添市', '宜野湾市'] },
} as const satisfies Record<PrefectureCode, PrefectureFacts>;
