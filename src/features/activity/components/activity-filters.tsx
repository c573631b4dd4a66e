/**
 * The live feed's filters: a type of event, a region, a direction. Each lives in the link (`event`,
 * `region`, `direction`), so a filtered feed can be shared and survives a reload.
 */
import { useId, useMemo } from 'react';
import { ACTIVITY_TYPES, type Meta } from '../../../api/contract';
import { DirectionOptions } from '../../../components/direction-options';
import { byLocalisedName } from '../../../lib/i18n/collate';
import { activityTypeMessages } from '../../../lib/i18n/activity-types';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { updateSearch } from '../../../lib/router';
import { activityMessages } from '../messages';
import type { ActivityFilter } from '../model/activity-filter';

interface ActivityFiltersProps {
  filter: ActivityFilter;
  meta: Meta | undefined;
}

export const ActivityFilters = ({ filter, meta }: ActivityFiltersProps) => {
  const t = useMessages(activityMessages);
  const typeLabel = useMessages(activityTypeMessages);
  const { locale } = useI18n();
  const id = useId();
  // Every filter is written as understood: a value the link had and the app did not understand ("event=party",
  // shown as "All events") goes with the first choice, and its notice with it.
  const choose = (key: keyof ActivityFilter, value: string) => updateSearch({ ...filter, [key]: value || null });
  // Regions by name in the reader's alphabet, as every other list of them.
  const regions = useMemo(() => byLocalisedName(meta?.regions ?? [], locale), [meta, locale]);

  return (
    <div className="activity-feed__filters" role="group" aria-label={t('filtersLabel')}>
      <span className="field">
        <label htmlFor={`${id}-event`}>{t('filterEvent')}</label>
        <select id={`${id}-event`} value={filter.event ?? ''} onChange={(e) => choose('event', e.target.value)}>
          <option value="">{t('allEvents')}</option>
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${id}-region`}>{t('filterRegion')}</label>
        <select id={`${id}-region`} value={filter.region ?? ''} onChange={(e) => choose('region', e.target.value)}>
          <option value="">{t('allRegions')}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name[locale]}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${id}-direction`}>{t('filterDirection')}</label>
        <select id={`${id}-direction`} value={filter.direction ?? ''} onChange={(e) => choose('direction', e.target.value)}>
          <DirectionOptions directions={meta?.directions ?? []} allLabel={t('allDirections')} />
        </select>
      </span>
    </div>
  );
};
