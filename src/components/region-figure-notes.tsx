/**
 * What a view says of figures by region that cannot be right (src/lib/region-checks.ts): for a region the
 * list of regions does not have, or more volunteers than residents. Under a panel's title, and on the
 * wall's map, where nobody would otherwise learn why a region shows no data.
 */
import { checkRegionFigures, regionNameIn } from '../lib/region-checks';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';

const messages = defineMessages({
  kk: {
    unlistedRegions: {
      one: 'Өңірлер тізімінде жоқ {count} өңірдің деректері келді, олар көрсетілмеді: {codes}.',
      other: 'Өңірлер тізімінде жоқ {count} өңірдің деректері келді, олар көрсетілмеді: {codes}.',
    },
    moreVolunteersThanResidents: {
      one: 'Еріктілер саны тұрғындар санынан көп — мұндай дерек шын болуы мүмкін емес: {regions}.',
      other: 'Еріктілер саны тұрғындар санынан көп — мұндай деректер шын болуы мүмкін емес ({count} өңір): {regions}.',
    },
    countryMoreVolunteersThanResidents:
      'Ел бойынша еріктілер саны тұрғындар санынан көп — мұндай дерек шын болуы мүмкін емес, «деректер жоқ» деп көрсетілді.',
  },
  ru: {
    unlistedRegions: {
      one: 'Пришли данные по {count} региону, которого нет в списке регионов, — они не показаны: {codes}.',
      few: 'Пришли данные по {count} регионам, которых нет в списке регионов, — они не показаны: {codes}.',
      many: 'Пришли данные по {count} регионам, которых нет в списке регионов, — они не показаны: {codes}.',
      other: 'Пришли данные по {count} регионам, которых нет в списке регионов, — они не показаны: {codes}.',
    },
    moreVolunteersThanResidents: {
      one: 'Волонтёров больше, чем жителей, — такого быть не может: {regions}.',
      few: 'Волонтёров больше, чем жителей, в {count} регионах — такого быть не может: {regions}.',
      many: 'Волонтёров больше, чем жителей, в {count} регионах — такого быть не может: {regions}.',
      other: 'Волонтёров больше, чем жителей, в {count} регионах — такого быть не может: {regions}.',
    },
    countryMoreVolunteersThanResidents: 'Волонтёров в стране больше, чем жителей, — такого быть не может; показано «нет данных».',
  },
  en: {
    unlistedRegions: {
      one: 'Figures came for {count} region that is not in the list of regions; they are left out: {codes}.',
      other: 'Figures came for {count} regions that are not in the list of regions; they are left out: {codes}.',
    },
    moreVolunteersThanResidents: {
      one: 'More volunteers than residents, which cannot be true: {regions}.',
      other: 'More volunteers than residents in {count} regions, which cannot be true: {regions}.',
    },
    countryMoreVolunteersThanResidents: 'More volunteers in the country than residents, which cannot be true: shown as no data.',
  },
});

/** Regions named in one note; beyond them, the count says how many. */
const MAX_REGIONS_NAMED = 5;

interface RegionFigureNotesProps {
  /** The answers the view is built from, /meta's among them (without it there is nothing to check against). */
  answers: readonly unknown[];
  className: string;
}

export const RegionFigureNotes = ({ answers, className }: RegionFigureNotesProps) => {
  const t = useMessages(messages);
  const { format, locale } = useI18n();
  const { unlisted, moreVolunteersThanResidents, countryMoreVolunteersThanResidents } = checkRegionFigures(answers);
  const inWords = (items: readonly string[]) =>
    items.length > MAX_REGIONS_NAMED ? `${items.slice(0, MAX_REGIONS_NAMED).join(', ')} …` : format.list(items);
  return (
    <>
      {unlisted.length > 0 ? (
        <p className={className} role="status" data-testid="panel-unlisted-regions">
          {t('unlistedRegions', { count: unlisted.length, codes: inWords(unlisted) })}
        </p>
      ) : null}
      {moreVolunteersThanResidents.length > 0 ? (
        <p className={className} role="status" data-testid="panel-over-population">
          {t('moreVolunteersThanResidents', {
            count: moreVolunteersThanResidents.length,
            regions: inWords(moreVolunteersThanResidents.map((code) => regionNameIn(answers, code, locale))),
          })}
        </p>
      ) : null}
      {countryMoreVolunteersThanResidents ? (
        <p className={className} role="status" data-testid="panel-country-over-population">
          {t('countryMoreVolunteersThanResidents')}
        </p>
      ) : null}
    </>
  );
};
