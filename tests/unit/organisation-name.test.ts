/** Which name of an organisation a reader sees (src/lib/organisation-name.ts). */
import { describe, expect, it } from 'vitest';
import { eventSubject, nameLanguageOf } from '../../src/lib/organisation-name';

describe('organisation names', () => {
  const event = {
    subject: '«Серпін» көпбалалы отбасыларды қолдау қоры',
    organization: {
      id: 'org-62-0001',
      name: { kk: '«Серпін» көпбалалы отбасыларды қолдау қоры', ru: 'Фонд поддержки многодетных семей «Серпин»' },
    },
  };

  it('shows an event’s organisation in the reader’s language, Russian for English, whatever the source system wrote', () => {
    expect(eventSubject(event, 'kk')).toBe('«Серпін» көпбалалы отбасыларды қолдау қоры');
    expect(eventSubject(event, 'ru')).toBe('Фонд поддержки многодетных семей «Серпин»');
    expect(eventSubject(event, 'en')).toBe('Фонд поддержки многодетных семей «Серпин»');
    expect(nameLanguageOf('en')).toBe('ru');
  });

  it('falls back to the source system’s text when the event names no organisation', () => {
    expect(eventSubject({ subject: 'Пункт обогрева, Костанай' }, 'kk')).toBe('Пункт обогрева, Костанай');
  });
});
