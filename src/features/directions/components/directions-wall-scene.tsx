/**
 * The wall's directions scene: every direction's share of volunteers as a labelled bar (name, share
 * and number written on it), the ministry's four priorities marked with a star and the word.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Comparison } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { WallSceneWaiting } from '../../../components/wall-scene-waiting';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { directionsQueryOptions } from '../../../api/directions-query';
import { directionsMessages } from '../messages';
import { buildBreakdown } from '../model/directions-model';

export const DirectionsWallScene = ({ period, compare }: { period: string; compare: Comparison }) => {
  const t = useMessages(directionsMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const meta = useMeta();
  const query = useQuery(directionsQueryOptions({ region: null, period, compare }));
  const breakdown = useMemo(
    () => (query.data && meta.data ? buildBreakdown(query.data.directions, meta.data.directions, 'volunteers') : null),
    [query.data, meta.data],
  );
  if (!breakdown || !meta.data) return <WallSceneWaiting failed={meta.isError || query.isError} />;
  const largest = Math.max(...breakdown.rows.map((r) => r.share ?? 0), 1);
  return (
    <>
      {/* What the figures count, as "17,5 % · 57 917" says nothing of it (the region scene says "volunteers"). */}
      <p className="wall-directions__legend">
        {t('wallMeasure')} {common('priorityLegend')}
      </p>
      <ul className="wall-directions">
        {breakdown.rows.map((row) => {
          const name = meta.data?.directions.find((d) => d.id === row.id)?.name[locale] ?? row.id;
          return (
            <li key={row.id} className="wall-directions__row" data-testid={`wall-direction-${row.id}`}>
              <span className="wall-directions__name">
                {row.priority ? (
                  <>
                    <span aria-hidden="true">★&nbsp;</span>
                    <span className="visually-hidden">{t('priority')}: </span>
                  </>
                ) : null}
                {name}
              </span>
              <span className="wall-directions__track" aria-hidden="true">
                <span className="wall-directions__bar" style={{ width: `${((row.share ?? 0) / largest) * 100}%` }} />
              </span>
              <span className="wall-directions__value">
                {row.displayShare === null ? '—' : format.percent(row.displayShare, { fractionDigits: 1 })} ·{' '}
                {row.value === null ? '—' : format.number(row.value)}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
};
