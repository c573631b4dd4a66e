/**
 * Each direction's monthly trend across the country, as one line chart of the directions chosen
 * (`dirs=elderly,ecology` in the URL; the ministry's four priorities by default), each line with its
 * own colour, marker and direct label, and a sentence per direction with its change.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DIRECTION_IDS, type Comparison, type DirectionId, type MetricId } from '../../../api/contract';
import { directionsQueryOptions } from '../../../api/directions-query';
import { useMeta } from '../../../api/meta-query';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { ownData } from '../../../lib/own-data';
import { updateSearch, useSearchParam } from '../../../lib/router';
import { trendsMessages } from '../messages';
import { totalsByDirection } from '../model/period-totals';
import { parseIdList } from '../model/trend-model';
import { TrendChartPanel, type TrendSeriesSpec } from './trend-chart-panel';

interface DirectionTrendsProps {
  metric: MetricId;
  per10k: boolean;
  period: string;
  compare: Comparison;
}

/** `dirs=none`: the user cleared every box (an absent parameter means the default). */
const NONE = 'none';

export const DirectionTrends = ({ metric, per10k, period, compare }: DirectionTrendsProps) => {
  const t = useMessages(trendsMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  const raw = useSearchParam('dirs');
  const directions = meta.data?.directions ?? [];
  const defaults = directions.filter((d) => d.ministryPriority).map((d) => d.id);
  const parsed = raw === NONE ? { values: [], invalid: null } : parseIdList(raw, DIRECTION_IDS, DIRECTION_IDS.length);
  const chosen: DirectionId[] = raw === null || (raw !== NONE && parsed.values.length === 0) ? defaults : parsed.values;

  const setChosen = (next: readonly DirectionId[]) => {
    // Keep the list in the contract's order, and the URL clean when it is the default.
    const ordered = DIRECTION_IDS.filter((d) => next.includes(d));
    const isDefault = ordered.length === defaults.length && ordered.every((d) => defaults.includes(d));
    updateSearch({ dirs: isDefault ? null : ordered.length ? ordered.join(',') : NONE });
  };

  const specs: TrendSeriesSpec[] = DIRECTION_IDS.filter((d) => chosen.includes(d)).map((d) => ({
    key: d,
    label: directions.find((x) => x.id === d)?.name[locale] ?? d,
    styleIndex: DIRECTION_IDS.indexOf(d),
    region: null,
    direction: d,
    population: meta.data?.nationalPopulation ?? null,
  }));

  // The breakdown's answer, the same query: its totals, not the series', in the sentences, so both panels
  // give one figure. Not another period's answer, kept while this one's is asked.
  const answer = ownData(useQuery(directionsQueryOptions({ region: null, period, compare })));
  const totals = useMemo(() => totalsByDirection(answer, metric), [answer, metric]);

  const controls = (
    <div className="trend-controls">
      {parsed.invalid !== null ? (
        <p className="notice" role="status">
          {common('badParam', { name: 'dirs' })}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('chooseDirections')}</legend>
        <ul className="trend-controls__options">
          {directions.map((d) => {
            const on = chosen.includes(d.id);
            return (
              <li key={d.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, d.id] : chosen.filter((c) => c !== d.id))}
                  />
                  {d.ministryPriority ? <span aria-hidden="true">★&nbsp;</span> : null}
                  {d.name[locale]}
                </label>
              </li>
            );
          })}
        </ul>
        <p className="trend-controls__hint">{t('priorityMark')}</p>
      </fieldset>
    </div>
  );

  return (
    <TrendChartPanel
      id="direction-trends"
      title={t('directionsTitle')}
      tabParam="dttab"
      specs={specs}
      metric={metric}
      per10k={per10k}
      period={period}
      compare={compare}
      scope={t('national')}
      fileName={`directions-trend-${metric}${per10k ? '-per10k' : ''}`}
      // The ministry's priorities, the default, go unnamed; a reader's own choice is named.
      fileSelection={raw === null ? undefined : chosen.join('-')}
      controls={controls}
      empty={t('noDirection')}
      totals={totals}
    />
  );
};
