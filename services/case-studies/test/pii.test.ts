import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PII_KINDS } from '../src/pii/detectors';
import { isValidMyNumber, myNumberCheckDigit } from '../src/pii/my-number';
import { screenForPersonalData } from '../src/pii/screen';

const screen = (body: string) => screenForPersonalData({ body }).map(({ kind, excerpt }) => ({ kind, excerpt }));

it('reports the kinds the GraphQL enum PiiKind names', () => {
  const schema = readFileSync(new URL('../src/schema.graphql', import.meta.url), 'utf8');
  const values = /enum PiiKind \{([^}]*)\}/.exec(schema)![1]!.trim().split(/\s+/);
  expect(values).toEqual([...PII_KINDS]);
});

describe('My Number check digit', () => {
  it('computes the check digit of the ordinance', () => {
    expect(myNumberCheckDigit('12345678901')).toBe(8);
    expect(myNumberCheckDigit('00000000000')).toBe(0);
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789012')).toBe(false);
    expect(isValidMyNumber('12345678901')).toBe(false);
  });
});

describe('the personal-data screen', () => {
  it('finds a residence card number, also in full-width letters and digits, and masks every digit', () => {
    expect(screen('初回面談で在留カード番号 ＡＢ１２３４５６７８ＣＤ を確認した。')).toEqual([
      { kind: 'RESIDENCE_CARD_NUMBER', excerpt: '在留カード番号 AB********CD を確認' },
    ]);
    expect(screen('カードはxy 1234 5678 zwでした')).toEqual([{ kind: 'RESIDENCE_CARD_NUMBER', excerpt: 'カードはxy **** **** zwでした' }]);
  });

  it('finds a My Number by its check digit or by the word before it, not any twelve digits', () => {
    expect(screen('個人番号カードの番号（１２３４－５６７８－９０１８）を写していた。')).toEqual([
      { kind: 'MY_NUMBER', excerpt: '号カードの番号(****-****-****)を写し' },
    ]);
    expect(screen('マイナンバーは 1111 2222 3333 とメモされていた')).toEqual([{ kind: 'MY_NUMBER', excerpt: 'マイナンバーは **** **** **** とメモ' }]);
    // Twelve digits with a wrong check digit and no such word, and thirteen digits (法人番号): not reported.
    expect(screen('受付番号123456789012で処理された。法人番号1234567890123の団体。')).toEqual([]);
  });

  it('finds Japanese passport numbers, and foreign ones after 旅券 or パスポート', () => {
    expect(screen('旅券（TK1234567）の更新')).toEqual([{ kind: 'PASSPORT_NUMBER', excerpt: '旅券(TK*******)の更新' }]);
    expect(screen('パスポート番号：Ｃ０１Ｘ００Ｔ４７（フィリピン）')).toEqual([{ kind: 'PASSPORT_NUMBER', excerpt: 'パスポート番号:C**X**T**(フィリ' }]);
    expect(screen('パスポートの期限が切れていた')).toEqual([]);
  });

  it('finds phone numbers however they are written', () => {
    const text = [
      '携帯 ０９０ー１２３４ー５６７８',
      '事務所 (052)123-4567',
      '自宅 0561234567',
      '窓口 0120-123-456',
      '本国から +81 90-1234-5678',
    ].join('\n');
    expect(screen(text)).toEqual([
      { kind: 'PHONE_NUMBER', excerpt: '携帯 ***-****-****' },
      { kind: 'PHONE_NUMBER', excerpt: '事務所 (***)***-****' },
      { kind: 'PHONE_NUMBER', excerpt: '自宅 **********' },
      { kind: 'PHONE_NUMBER', excerpt: '窓口 ****-***-***' },
      { kind: 'PHONE_NUMBER', excerpt: '本国から +** **-****-****' },
    ]);
  });

  it('finds e-mail addresses, also typed in full width, and hides the local part', () => {
    expect(screen('連絡はｎｇｕｙｅｎ．ｌａｎ＠ｅｘａｍｐｌｅ．ｊｐまで')).toEqual([{ kind: 'EMAIL_ADDRESS', excerpt: '連絡はn***@example.jpまで' }]);
  });

  it('finds postal codes with 〒 or 郵便番号, or followed by an address', () => {
    expect(screen('住所：〒４６０－０００１ 名古屋市中区三の丸')).toEqual([{ kind: 'POSTAL_ADDRESS', excerpt: '住所:〒***-**** 名古屋' }]);
    expect(screen('郵便番号1600023')).toEqual([{ kind: 'POSTAL_ADDRESS', excerpt: '郵便番号*******' }]);
    expect(screen('転居先は 330-0063 さいたま市浦和区')).toEqual([{ kind: 'POSTAL_ADDRESS', excerpt: '転居先は ***-**** さいたま市浦和区' }]);
    expect(screen('転居先は 100-0001東京都千代田区')).toEqual([{ kind: 'POSTAL_ADDRESS', excerpt: '転居先は ***-****東京都千代田区' }]);
  });

  it('finds dates of birth in 西暦 and 和暦 next to 生年月日, 誕生日 or 生まれ', () => {
    expect(screen('生年月日：平成１０年４月１日')).toEqual([{ kind: 'DATE_OF_BIRTH', excerpt: '生年月日:平成**年*月*日' }]);
    expect(screen('相談者は1998年4月1日生まれ。')).toEqual([{ kind: 'DATE_OF_BIRTH', excerpt: '相談者は****年*月*日生まれ。' }]);
    expect(screen('誕生日は1998/4/1')).toEqual([{ kind: 'DATE_OF_BIRTH', excerpt: '誕生日は****/*/*' }]);
    expect(screen('子は令和元年5月1日生、')).toEqual([{ kind: 'DATE_OF_BIRTH', excerpt: '子は令和元年*月*日生、' }]);
    expect(screen('H10.4.1生の相談者')).toEqual([{ kind: 'DATE_OF_BIRTH', excerpt: 'H**.*.*生の相談者' }]);
  });

  it('reports every finding of a realistic draft, by field, and never the raw value', () => {
    const findings = screenForPersonalData({
      title: 'ベトナム出身の技能実習生（ＡＢ１２３４５６７８ＣＤ）の賃金未払い',
      summary: '監理団体と連絡（０５２－１２３－４５６７）を取り、申告を支援した。',
      body: [
        '相談者は1998年4月1日生まれの女性で、寮は〒４８０－１１９５ 愛知県長久手市にある。',
        '本人のメールアドレス lan.nguyen@example.com で連絡を取った。',
      ].join('\n'),
    });
    expect(findings).toEqual([
      { kind: 'RESIDENCE_CARD_NUMBER', field: 'title', excerpt: '身の技能実習生(AB********CD)の賃金' },
      { kind: 'PHONE_NUMBER', field: 'summary', excerpt: '監理団体と連絡(***-***-****)を取り' },
      { kind: 'DATE_OF_BIRTH', field: 'body', excerpt: '相談者は****年*月*日生まれの女性で' },
      { kind: 'POSTAL_ADDRESS', field: 'body', excerpt: 'れの女性で、寮は〒***-**** 愛知県' },
      { kind: 'EMAIL_ADDRESS', field: 'body', excerpt: 'メールアドレス l***@example.com で連絡' },
    ]);
    for (const digits of ['12345678', '1234567', '4801195', '1998']) {
      expect(JSON.stringify(findings)).not.toContain(digits);
    }
  });

  it('finds nothing in clean case text: ages, years, amounts, event dates, office names', () => {
    const text = [
      '相談者は製造業で働く20代の技能実習生（来日3年目）。2024年4月から6か月間、残業代を含む賃金約20万円が支払われていなかった。',
      '2024年10月15日に労働基準監督署へ同行し、令和6年11月1日付で是正勧告が出された。1か月後、未払い分の全額が支払われた。',
      '当協会の相談窓口は平日9時～17時。令和5年度は延べ1,200件、うち労働相談は312件（26%）。',
      '在留期間の更新は3年。次回は2027年3月31日まで。第2回会議（2025-06-20）で共有。ケース番号2024-0153。',
      '子ども2人（5歳と8歳）を育てる40代の母親。家賃は月6万5千円、手取りは月18万円。',
      'パスポートを紛失したため、大使館での再発行手続を案内した。マイナンバーカードの申請も支援した。',
    ].join('\n');
    expect(screen(text)).toEqual([]);
  });
});
