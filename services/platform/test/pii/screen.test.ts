import { describe, expect, it } from 'vitest';
import { PII_KINDS, screenForPersonalData } from '../../src';
import { isValidMyNumber, myNumberCheckDigit } from '../../src/pii/detectors/my-number';

const screen = (body: string) => screenForPersonalData({ body }).map(({ kind, excerpt }) => ({ kind, excerpt }));
const only = (kind: (typeof PII_KINDS)[number], excerpt: string) => [{ kind, excerpt }];

describe('My Number check digit', () => {
  it('computes the check digit of the ordinance', () => {
    expect(myNumberCheckDigit('12345678901')).toBe(8);
    expect(myNumberCheckDigit('00000000000')).toBe(0);
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('12345678901')).toBe(false);
  });
});

describe('residence card numbers', () => {
  it('are found in ASCII, full-width letters and digits, and kanji numerals, quoted as written with every digit masked', () => {
    expect(screen('初回面談で在留カード番号 ＡＢ１２３４５６７８ＣＤ を確認した。')).toEqual(
      only('RESIDENCE_CARD_NUMBER', '在留カード番号 ＡＢ********ＣＤ を確認'),
    );
    expect(screen('在留カード番号ＡＢ一二三四五六七八ＣＤを転記')).toEqual(only('RESIDENCE_CARD_NUMBER', '在留カード番号ＡＢ********ＣＤを転記'));
  });

  it('are found grouped by spaces, dashes or dots, or with invisible characters inside', () => {
    expect(screen('カードはxy 1234 5678 zwでした')).toEqual(only('RESIDENCE_CARD_NUMBER', 'カードはxy **** **** zwでした'));
    expect(screen('番号は「AB.1234.5678.CD」')).toEqual(only('RESIDENCE_CARD_NUMBER', '番号は「AB.****.****.CD」'));
    expect(screen('在留カード番号AB\u200b1234\u200b5678CD')).toEqual(only('RESIDENCE_CARD_NUMBER', '在留カード番号AB********CD'));
  });
});

describe('My Numbers', () => {
  it('are found by their check digit or by the word before them, in every numeral style', () => {
    expect(screen('個人番号カードの番号（１２３４－５６７８－９０１８）を写していた。')).toEqual(
      only('MY_NUMBER', '号カードの番号（****－****－****）を写し'),
    );
    expect(screen('マイナンバー：二七一八 二八一八 二八四〇')).toEqual(only('MY_NUMBER', 'マイナンバー：**** **** ****'));
    expect(screen('個人番号 5060.7080.9010 を聞き取った。')).toEqual(only('MY_NUMBER', '個人番号 ****.****.**** を聞き'));
    expect(screen('マイナンバーは 1111 2222 3333 とメモ')).toEqual(only('MY_NUMBER', 'マイナンバーは **** **** **** とメモ'));
  });

  it('are not any twelve or thirteen digits', () => {
    expect(screen('受付番号123456789012で処理された。法人番号1234567890123の団体。')).toEqual([]);
  });
});

describe('passport numbers', () => {
  it('find Japanese passports, and foreign ones after 旅券, パスポート or passport', () => {
    expect(screen('旅券（TK1234567）の更新')).toEqual(only('PASSPORT_NUMBER', '旅券（TK*******）の更新'));
    expect(screen('旅券番号：ＴＲ一二三四五六七')).toEqual(only('PASSPORT_NUMBER', '旅券番号：ＴＲ*******'));
    expect(screen('パスポート番号：Ｃ０１Ｘ００Ｔ４７（フィリピン）')).toEqual(only('PASSPORT_NUMBER', 'パスポート番号：Ｃ**Ｘ**Ｔ**（フィリ'));
    expect(screen('Her passport number is N1234567.')).toEqual(only('PASSPORT_NUMBER', 'mber is N*******.'));
    expect(screen('パスポートの期限が切れていた。受付No.1234567')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it('are found however they are grouped, in Japan and abroad', () => {
    const text = [
      '携帯 ０９０ー１２３４ー５６７８',
      '事務所 (052)123-4567',
      '自宅 0561234567',
      '窓口 0120-123-456',
      '本国から +81 90-1234-5678',
      '母 +63 917 123 4567',
    ].join('\n');
    expect(screen(text)).toEqual([
      { kind: 'PHONE_NUMBER', excerpt: '携帯 ***ー****ー****' },
      { kind: 'PHONE_NUMBER', excerpt: '事務所 (***)***-****' },
      { kind: 'PHONE_NUMBER', excerpt: '自宅 **********' },
      { kind: 'PHONE_NUMBER', excerpt: '窓口 ****-***-***' },
      { kind: 'PHONE_NUMBER', excerpt: '本国から +** **-****-****' },
      { kind: 'PHONE_NUMBER', excerpt: '母 +** *** *** ****' },
    ]);
  });

  it('are found with dots, kanji numerals, full-width parentheses or zero-width characters between the digits', () => {
    expect(screen('本人の携帯は090.1234.5678。')).toEqual(only('PHONE_NUMBER', '本人の携帯は***.****.****。'));
    expect(screen('電話番号：〇九〇－一二三四－五六七八')).toEqual(only('PHONE_NUMBER', '電話番号：***－****－****'));
    expect(screen('電話：（〇五二）一二三－四五六七')).toEqual(only('PHONE_NUMBER', '電話：（***）***－****'));
    expect(screen('番号は〇九〇\u200b一二三四\u2060五六七八。')).toEqual(only('PHONE_NUMBER', '番号は***********。'));
    expect(screen('携帯 090・1234・5678')).toEqual(only('PHONE_NUMBER', '携帯 ***・****・****'));
  });

  it('leave a public office’s number alone, but not a mobile or anything personal next to the office', () => {
    expect(screen('市役所（代表）052-961-1111に問い合わせる。〇〇入管の電話番号は03-5796-7111。')).toEqual([]);
    expect(screen('TEL: 052-961-1111（愛知県庁代表）')).toEqual([]);
    expect(screen('県の外国人相談窓口（0570-00-1234）を案内した。')).toEqual([]);
    expect(screen('日本人の配偶者も入管（03-5796-7111）に電話すれば大丈夫。')).toEqual([]);
    expect(screen('市役所の担当者の携帯 090-2345-6789')).toEqual(only('PHONE_NUMBER', 'の担当者の携帯 ***-****-****'));
    expect(screen('自宅（市役所の近く）の電話 052-123-4567')).toEqual(only('PHONE_NUMBER', 'の近く）の電話 ***-***-****'));
    expect(screen('派遣会社（0120-123-456）')).toEqual(only('PHONE_NUMBER', '派遣会社（****-***-***）'));
  });

  it('are not dates, case numbers, prices or placeholders', () => {
    expect(screen('第2回会議（2025-06-20）。ケース番号2024-0153。1,200円。電話：052-○○○-○○○○、090-xxxx-xxxx')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('are found in full width and with the local part hidden', () => {
    expect(screen('連絡はｎｇｕｙｅｎ．ｌａｎ＠ｅｘａｍｐｌｅ．ｊｐまで')).toEqual(only('EMAIL_ADDRESS', '連絡はｎ***＠ｅｘａｍｐｌｅ．ｊｐまで'));
  });

  it('are found written out: (at), [at], at, アットマーク, (dot), ドット', () => {
    expect(screen('メールは taro (at) example.co.jp まで')).toEqual(only('EMAIL_ADDRESS', 'メールは t*** (at) example.co.jp まで'));
    expect(screen('アドレス: jose.reyes[at]example[dot]ph')).toEqual(only('EMAIL_ADDRESS', 'アドレス: j***[at]example[dot]ph'));
    expect(screen('mail to: info.maria[@]example.com')).toEqual(only('EMAIL_ADDRESS', 'ail to: i***[@]example.com'));
    expect(screen('連絡先は maria.santos アットマーク example.com です')).toEqual(only('EMAIL_ADDRESS', '連絡先は m*** アットマーク example.com です'));
    expect(screen('pham at example dot com と聞いた')).toEqual(only('EMAIL_ADDRESS', 'p*** at example dot com と聞い'));
    expect(screen('メール：ａｌｉ アットマーク ｅｘａｍｐｌｅ ドット ｃｏｍ')).toEqual(only('EMAIL_ADDRESS', 'メール：ａ*** アットマーク ｅｘａｍｐｌｅ ドット ｃｏｍ'));
  });

  it('are one address when "at" and "@" meet, and nothing in "meet at the office" or an "@" alone', () => {
    expect(screen('Please contact him at minh.le@example.vn.')).toEqual(only('EMAIL_ADDRESS', 'him at m***@example.vn.'));
    expect(screen('We met at the city office. @マークの入力方法を教えた。')).toEqual([]);
  });
});

describe('postal codes', () => {
  it('are found after 〒 or 郵便番号, or before a place, in every numeral style', () => {
    expect(screen('住所：〒４６０－０００１ 名古屋市中区三の丸')).toEqual(only('POSTAL_ADDRESS', '住所：〒***－**** 名古屋'));
    expect(screen('〒四六〇－〇〇〇一 名古屋市中区')).toEqual(only('POSTAL_ADDRESS', '〒***－**** 名古屋'));
    expect(screen('郵便番号：４５０・０００２')).toEqual(only('POSTAL_ADDRESS', '郵便番号：***・****'));
    expect(screen('郵便番号1600023')).toEqual(only('POSTAL_ADDRESS', '郵便番号*******'));
    expect(screen('転居先は 330-0063 さいたま市浦和区')).toEqual(only('POSTAL_ADDRESS', '転居先は ***-**** さいた'));
  });
});

describe('street addresses', () => {
  it('are found with 丁目, 番地, 番, 号 and 号室, in kanji numerals too', () => {
    expect(screen('本人は名古屋市中区栄二丁目8番1号のアパート')).toEqual(only('STREET_ADDRESS', 'は名古屋市中区栄*丁目*番*号のアパー'));
    expect(screen('寮は豊田市若林東町二十三番地にある')).toEqual(only('STREET_ADDRESS', 'は豊田市若林東町***番地にある'));
    expect(screen('住所は長久手市岩作三ケ峯1番地の1。')).toEqual(only('STREET_ADDRESS', '久手市岩作三ケ峯*番地の*。'));
    expect(screen('アパートの101号室で一人暮らし')).toEqual(only('STREET_ADDRESS', 'アパートの***号室で一人暮'));
    expect(screen('住所は一丁目二番三号。')).toEqual(only('STREET_ADDRESS', '住所は*丁目*番*号。'));
    expect(screen('ハイツ第2青山103号に住む')).toEqual(only('STREET_ADDRESS', 'ハイツ第*青山***号に住む'));
  });

  it('are found as 1-2-3 after a municipality and town, and in English', () => {
    expect(screen('住所：横浜市鶴見区豊岡町１２－３４')).toEqual(only('STREET_ADDRESS', '浜市鶴見区豊岡町**－**'));
    expect(screen('住所は栄4-1-1です')).toEqual(only('STREET_ADDRESS', '住所は栄*-*-*です'));
    expect(screen('The family lives at 2-8-1 Sakae, Naka-ku.')).toEqual(only('STREET_ADDRESS', 'ives at *-*-* Sak'));
  });

  it('are not rooms of public halls, counts, periods or chapter numbers', () => {
    expect(screen('市民会館3階の301号室で研修会。名古屋市の1-2月の相談。資料の1-2-3節。駅前の一丁目商店街。特定技能1号。')).toEqual([]);
    expect(screen('建物の3階、305号室が事務局。技能実習1号ロ。')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('are found in 和暦 and 西暦 next to 生年月日, 誕生日, 生まれ or 生, in every numeral style', () => {
    expect(screen('生年月日：平成１０年４月１日')).toEqual(only('DATE_OF_BIRTH', '生年月日：平成**年*月*日'));
    expect(screen('本人は平成二年四月一日生まれの女性。')).toEqual(only('DATE_OF_BIRTH', '本人は平成*年*月*日生まれの'));
    expect(screen('昭和六十二年十二月二十五日生まれ')).toEqual(only('DATE_OF_BIRTH', '昭和***年**月***日生まれ'));
    expect(screen('相談者は1998年4月1日生まれ。')).toEqual(only('DATE_OF_BIRTH', '相談者は****年*月*日生まれ。'));
    expect(screen('誕生日は1998/4/1')).toEqual(only('DATE_OF_BIRTH', '誕生日は****/*/*'));
    expect(screen('子は令和元年5月1日生、')).toEqual(only('DATE_OF_BIRTH', '子は令和元年*月*日生、'));
    expect(screen('生年月日：1990年（平成2年）4月1日')).toEqual(only('DATE_OF_BIRTH', '生年月日：****年（平成*年）*月*日'));
    expect(screen('生年月日は、2002年2月2日。')).toEqual(only('DATE_OF_BIRTH', '生年月日は、****年*月*日。'));
  });

  it('are found abbreviated (H2.4.1, ㍻) and in English', () => {
    expect(screen('H10.4.1生の相談者')).toEqual(only('DATE_OF_BIRTH', 'H**.*.*生の相談'));
    expect(screen('生年月日 H.2.4.1')).toEqual(only('DATE_OF_BIRTH', '生年月日 H.*.*.*'));
    expect(screen('㍻2年4月1日生まれ')).toEqual(only('DATE_OF_BIRTH', '㍻*年*月*日生まれ'));
    expect(screen('DOB: 1990-04-01')).toEqual(only('DATE_OF_BIRTH', 'DOB: ****-**-**'));
    expect(screen('She was born on 1 April 1990 in Hanoi.')).toEqual(only('DATE_OF_BIRTH', 'born on * April **** in'));
  });

  it('are not meeting dates, eras, years of birth alone or 生活', () => {
    expect(screen('2024年4月1日に研修会。令和5年度の報告。平成2年生まれ。2024年4月1日生活相談窓口を開設。H31.4.1施行。')).toEqual([]);
  });
});

describe('the screen', () => {
  it('reports every finding of a realistic draft, by field, and never the raw value', () => {
    const findings = screenForPersonalData({
      title: 'ベトナム出身の技能実習生（ＡＢ１２３４５６７８ＣＤ）の賃金未払い',
      summary: '監理団体と連絡（〇五二－一二三－四五六七）を取り、申告を支援した。',
      body: [
        '相談者は1998年4月1日生まれの女性で、寮は〒４８０－１１９５ 愛知県長久手市にある。',
        '本人のメールアドレス lan.nguyen (at) example.com で連絡を取った。',
      ].join('\n'),
    });
    expect(findings).toEqual([
      { kind: 'RESIDENCE_CARD_NUMBER', field: 'title', excerpt: '身の技能実習生（ＡＢ********ＣＤ）の賃金' },
      { kind: 'PHONE_NUMBER', field: 'summary', excerpt: '監理団体と連絡（***－***－****）を取り' },
      { kind: 'DATE_OF_BIRTH', field: 'body', excerpt: '相談者は****年*月*日生まれの' },
      { kind: 'POSTAL_ADDRESS', field: 'body', excerpt: 'の女性で、寮は〒***－**** 愛知県' },
      { kind: 'EMAIL_ADDRESS', field: 'body', excerpt: 'メールアドレス l*** (at) example.com で連絡' },
    ]);
    for (const secret of ['12345678', '１２３４', '一二三', '四五六七', '1998', '４８０', 'nguyen']) {
      expect(JSON.stringify(findings)).not.toContain(secret);
    }
  });

  it('finds nothing in clean case text: ages, counts, kanji numerals in words, 〇〇 for a name', () => {
    const text = [
      '相談者は45歳の女性で、二人の子どもと一緒に三重県四日市市に住む。〇〇さん（仮名）は十分な説明を受けていなかった。',
      '2024年10月15日に労働基準監督署へ同行し、令和6年11月1日付で是正勧告が出された。1か月後、未払い分の全額が支払われた。',
      '当協会の相談窓口は平日9時～17時。令和5年度は延べ1,200件、うち労働相談は312件（26%）。入管法第19条第1項。',
      '家賃は月6万5千円、手取りは月18万円。二〇二四年四月一日に研修会を開いた。',
    ].join('\n');
    expect(screen(text)).toEqual([]);
  });

  it('lists a finding once however often it occurs, and at most 50', () => {
    expect(screen('携帯 090-1234-5678\n携帯 090-1234-5678')).toEqual(only('PHONE_NUMBER', '携帯 ***-****-****'));
    const letters = (i: number) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26));
    const many = Array.from({ length: 80 }, (_, i) => `連絡先は info@${letters(i)}.example.com`).join('\n');
    expect(screenForPersonalData({ body: many })).toHaveLength(50);
  });

  it('survives hostile input: NUL and control characters, lone surrogates, 20,000 characters', () => {
    expect(screen('携帯\u0000090\u0007-1234-5678\ud800')).toEqual(only('PHONE_NUMBER', '携帯***-****-****\ufffd'));
    expect(screen('1-'.repeat(10_000))).toEqual([]);
    expect(screen('〇'.repeat(20_000))).toEqual([]);
  });
});
