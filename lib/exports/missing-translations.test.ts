import { describe, expect, it } from 'vitest';
import { missingTranslations } from './missing-translations';

const meeting = {
  id: 'm',
  title: 'Twelfth meeting',
  body: 'Conference of the Parties',
  subsidiaryBody: 'Working Group',
  session: null,
  venue: 'Vienna',
  startsOn: '2022-06-29',
  endsOn: '2022-06-30',
  symbolPrefix: 'X/2022',
  agendaSymbol: null,
  translations: { zh: { body: '缔约方会议', subsidiaryBody: '工作组', venue: '维也纳' } },
};

describe('missingTranslations', () => {
  it('lists, per language of the drafts, what its papers would print in English', () => {
    const result = missingTranslations({
      meeting,
      draftLanguages: ['en', 'zh', 'fr', 'de'],
      agenda: [
        { number: '1', title: 'Opening', titleTranslations: { zh: '开幕', fr: 'Ouverture' } },
        { number: '2', title: 'Other matters', titleTranslations: { zh: '其他事项' } },
      ],
      delegations: [
        { name: 'Mexico', retired: false, nameTranslations: { zh: '墨西哥', fr: 'Mexique' } },
        { name: 'Chile', retired: false, nameTranslations: {} },
        { name: 'Gone', retired: true, nameTranslations: {} },
      ],
    });
    expect(result.map(({ language, missing }) => ({ language, missing: missing.map((word) => word.english) }))).toEqual([
      { language: 'fr', missing: ['body', 'subsidiary body', 'venue', 'agenda item 2', 'delegation Chile'] },
      { language: 'zh', missing: ['delegation Chile'] },
    ]);
    expect(result[1]?.missing[0]?.sentence).toEqual({ key: 'server.untranslated.delegation', params: { name: 'Chile' } });
  });
});
