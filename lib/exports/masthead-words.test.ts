import { describe, expect, it } from 'vitest';
import { MASTHEAD_WORDS, UN_LANGUAGES, mastheadLanguage } from './masthead-words';
import { printedLabel, symbolFileStem, withRevisionSuffix } from './symbols';

describe('masthead words', () => {
  it('follows the original language for the six UN languages and falls back to English', () => {
    expect(mastheadLanguage('zh')).toBe('zh');
    expect(mastheadLanguage('FR')).toBe('fr');
    expect(mastheadLanguage('es-419')).toBe('es');
    expect(mastheadLanguage('de')).toBe('en');
    expect(UN_LANGUAGES.map((language) => MASTHEAD_WORDS[language].distributionBlock('2022-06-30')[2])).toEqual([
      'Original: Arabic',
      'Original: Chinese',
      'Original: English',
      'Original : français',
      'Original: Russian',
      'Original: español',
    ]);
  });

  it('writes dates as UN documents do in each language', () => {
    const date = (language: keyof typeof MASTHEAD_WORDS) => MASTHEAD_WORDS[language].formatDate('2022-06-29');
    expect([date('en'), date('fr'), date('es'), date('ru'), date('zh'), date('ar')]).toEqual([
      '29 June 2022',
      '29 juin 2022',
      '29 de junio de 2022',
      '29 июня 2022 года',
      '2022年6月29日',
      '29 حزيران/يونيه 2022',
    ]);
    const twoDays = UN_LANGUAGES.map((language) => MASTHEAD_WORDS[language].formatMeetingDates('2022-06-29', '2022-06-30'));
    expect(twoDays).toEqual(['29 و30 حزيران/يونيه 2022', '2022年6月29日和30日', '29 and 30 June 2022', '29 et 30 juin 2022', '29 и 30 июня 2022 года', '29 y 30 de junio de 2022']);
    expect(MASTHEAD_WORDS.zh.formatMeetingDates('2022-06-27', '2022-06-30')).toBe('2022年6月27日至30日');
    expect(MASTHEAD_WORDS.zh.formatMeetingDates('2022-06-29', '2022-07-02')).toBe('2022年6月29日至7月2日');
    expect(MASTHEAD_WORDS.fr.formatMeetingDates('2022-06-30', '2022-07-01')).toBe('30 juin-1er juillet 2022');
    expect(MASTHEAD_WORDS.es.formatMeetingDates('2022-12-30', '2023-01-02')).toBe('30 de diciembre de 2022 a 2 de enero de 2023');
  });

  it('puts venue and dates in the order of each language, and keeps the distribution block in English where those papers do', () => {
    expect(MASTHEAD_WORDS.zh.placeAndDates('维也纳', MASTHEAD_WORDS.zh.formatMeetingDates('2022-06-29', '2022-06-30'))).toBe('2022年6月29日和30日，维也纳');
    expect(MASTHEAD_WORDS.ar.placeAndDates('فيينا', '29 و30 حزيران/يونيه 2022')).toBe('فيينا، 29 و30 حزيران/يونيه 2022');
    expect(MASTHEAD_WORDS.zh.distributionBlock('2022-03-16')).toEqual(['Distr.: General', '16 March 2022', 'Original: Chinese']);
    expect(MASTHEAD_WORDS.ru.distributionBlock('2022-03-16')).toEqual(['Distr.: General', '16 March 2022', 'Original: Russian']);
    expect(MASTHEAD_WORDS.fr.distributionBlock('2022-03-16')).toEqual(['Distr. générale', '16 mars 2022', 'Original : français']);
    expect(MASTHEAD_WORDS.zh.statusLine('已商定')).toBe('状态：已商定');
  });

  it('says "without the delegation" in the secretariat note only when attributing', () => {
    expect(MASTHEAD_WORDS.en.secretariatNote(true)).toContain('followed by the name of the delegation');
    expect(MASTHEAD_WORDS.en.secretariatNote(false)).not.toContain('delegation that made them');
  });
});

describe('symbols and labels', () => {
  it('appends a revision to the symbol, makes a file name of it, and prints labels', () => {
    expect(withRevisionSuffix('CTOC/COP/WG.4/2022/CRP.1', 'Rev.2')).toBe('CTOC/COP/WG.4/2022/CRP.1/Rev.2');
    expect(withRevisionSuffix('CTOC/COP/WG.4/2022/CRP.1', 'after informals')).toBe('CTOC/COP/WG.4/2022/CRP.1');
    expect(symbolFileStem('CTOC/COP/WG.4/2022/CRP.1/Rev.2')).toBe('CTOC-COP-WG.4-2022-CRP.1-Rev.2');
    expect(['1', '3 bis', 'PP2', 'new OP 5', '12a'].map(printedLabel)).toEqual(['1.', '3 bis.', 'PP2', 'new OP 5', '12a.']);
  });
});
