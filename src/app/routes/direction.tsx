/**
 * `/directions/:id`: one direction — its figures by region (map and table) and its trend for the
 * country or up to five regions. An id that is no direction gets a page that lists the real ones.
 */
import { BelowFirstScreen } from '../../components/below-first-screen';
import { DirectionId } from '../../api/contract';
import { useMeta } from '../../api/meta-query';
import { DirectionMap } from '../../features/directions/components/direction-map';
import { DirectionNotFound } from '../../features/directions/components/direction-not-found';
import { DirectionRegions } from '../../features/directions/components/direction-regions';
import { MeasureControls } from '../../features/directions/components/measure-controls';
import { directionsMessages } from '../../features/directions/messages';
import { parseMeasure } from '../../features/directions/model/measure-params';
import { TrendExplorer } from '../../features/trends/components/trend-explorer';
import { useI18n, useMessages } from '../../lib/i18n/i18n-context';
import { Link, useLinkWithParams, useSearchParam } from '../../lib/router';
import { CARRIED_PARAMS, useComparisonParam, usePeriodParam } from '../../lib/view-state';
import { PageHeader } from '../shell/page-header';

export const DirectionPage = ({ params }: { params: Record<string, string> }) => {
  const t = useMessages(directionsMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  const linkTo = useLinkWithParams();
  const period = usePeriodParam();
  const compare = useComparisonParam();
  const measure = parseMeasure(useSearchParam('metric'), useSearchParam('per'));
  const parsed = DirectionId.safeParse(params.id);
  if (!parsed.success) return <DirectionNotFound id={params.id ?? ''} />;
  const id = parsed.data;
  const direction = meta.data?.directions.find((d) => d.id === id);
  const common = { period: period.value, compare: compare.value, metric: measure.metric, per10k: measure.per10k };

  return (
    <>
      <PageHeader
        title={direction?.name[locale] ?? '…'}
        invalidParams={{ period: period.invalid, compare: compare.invalid, metric: measure.invalidMetric, per: measure.invalidPer }}
        period={period.value}
        compare={compare.value}
        before={
          <p className="direction-page__back">
            <Link to={linkTo('/directions', CARRIED_PARAMS)}>← {t('backToDirections')}</Link>
          </p>
        }
      >
        <MeasureControls metric={measure.metric} per10k={measure.per10k} />
      </PageHeader>
      {direction?.ministryPriority ? <p className="direction-page__badge">★&nbsp;{t('priorityBadge')}</p> : null}
      <DirectionMap direction={id} {...common} />
      <BelowFirstScreen>
        <DirectionRegions direction={id} {...common} />
        <TrendExplorer fixedDirection={id} {...common} />
      </BelowFirstScreen>
    </>
  );
};
