/** One line under a region page's title: population (marked when estimated) and administrative centre. */
import type { Region } from '../../../api/contract';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { regionsMessages } from '../messages';
import '../regions.css';

export const RegionFacts = ({ region }: { region: Region }) => {
  const t = useMessages(regionsMessages);
  const { locale, format } = useI18n();
  const population = format.number(region.population);
  return (
    <p className="region-page__facts">
      {region.populationEstimated ? t('populationEstimated', { population }) : t('population', { population })}
      {' · '}
      {region.type === 'city' ? t('cityCentre') : t('centre', { centre: region.centre.name[locale] })}
    </p>
  );
};
