import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src';

describe('maskPersonalData', () => {
  it('replaces every finding with its kind in Japanese and leaves the rest as written', () => {
    expect(
      maskPersonalData(
        '相談者（平成２年４月１日生、在留カード ＡＢ１２３４５６７８ＣＤ）の携帯は〇九〇－一二三四－五六七八、メールは lan (at) example.com。',
      ),
    ).toBe('相談者（［生年月日］生、在留カード ［在留カード番号］）の携帯は［電話番号］、メールは ［メールアドレス］。');
    expect(maskPersonalData('寮は〒４８０－１１９５ 愛知県長久手市岩作三ケ峯二丁目8番1号のハイツ101号室。')).toBe(
      '寮は〒［郵便番号］ 愛知県長久手市岩作三ケ峯［番地］のハイツ［番地］。',
    );
    expect(maskPersonalData('マイナンバー 1234 5678 9018、旅券 TK1234567')).toBe('マイナンバー ［個人番号］、旅券 ［旅券番号］');
  });

  it('takes invisible characters inside a finding with it', () => {
    expect(maskPersonalData('携帯 090\u200b1234\u200b5678 まで')).toBe('携帯 ［電話番号］ まで');
  });

  it('leaves ordinary text and public offices’ numbers exactly as they are', () => {
    const text = '令和5年度は延べ1,200件。2024年4月1日に研修会。市役所（代表）052-961-1111。〇〇さん（45歳）。\u200b';
    expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData('')).toBe('');
  });
});
