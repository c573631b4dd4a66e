/**
 * Actual against target for each year of the roadmap (and the 2023 baseline), as a table with a bar
 * for the share of the target reached; results in words (met, not met, year not over yet).
 */
import type { RoadmapIndicator } from '../../../api/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { Mark } from '../../../components/mark';
import { roundAsShown, type NumberOptions } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import type { IndicatorAssessment, YearComparison } from '../model/forecast';
import { formatIndicatorValue, roundForUnit } from '../model/format-value';
import { ProgressBar } from './progress-bar';

interface Row extends YearComparison {
  baseline: boolean;
  share: number | null;
}

export const IndicatorYears = ({
  indicator,
  assessment,
  name,
}: {
  indicator: RoadmapIndicator;
  assessment: IndicatorAssessment;
  name: string;
}) => {
  const t = useMessages(roadmapMessages);
  const { format } = useI18n();
  // With the column's grouping: "8 000" above "10 000" in kk and ru, not "8000" (as the status table writes them).
  const v = (n: number | null, { groupFourDigits }: NumberOptions) =>
    n === null ? null : formatIndicatorValue(format, indicator.unit, n, { groupFourDigits });
  const rows: Row[] = [
    { year: 2023, target: null, actual: indicator.baseline.value, complete: true, met: null, baseline: true, share: null },
    ...assessment.years.map((y) => ({
      ...y,
      baseline: false,
      share: y.actual !== null && y.target !== null && y.target > 0 ? (y.actual / y.target) * 100 : null,
    })),
  ];
  const result = (r: Row): string => {
    if (r.baseline) return t('resultBaseline');
    if (r.met === true) return t('resultMet');
    if (r.met === false) return t('resultNotMet');
    if (r.complete) return '';
    // A level at or above its target before December may still fall back: reached, for now.
    return r.actual !== null && r.target !== null && r.actual >= r.target ? t('resultReachedForNow') : t('resultSoFar');
  };
  const noData = <span className="no-data">—</span>;
  const columns: Column<Row>[] = [
    { id: 'year', header: t('colYear'), value: (r) => (r.baseline ? t('baselineYear', { year: String(r.year) }) : String(r.year)) },
    {
      id: 'target',
      header: t('colTargetYear'),
      value: (r) => (r.target === null ? null : roundForUnit(indicator.unit, r.target)),
      render: (r, numbers) => v(r.target, numbers) ?? noData,
      numeric: true,
    },
    {
      id: 'actual',
      header: t('colActual'),
      value: (r) => (r.actual === null ? null : roundForUnit(indicator.unit, r.actual)),
      render: (r, numbers) => v(r.actual, numbers) ?? noData,
      numeric: true,
    },
    {
      id: 'share',
      header: t('colShare'),
      value: (r) => roundAsShown(r.share, 1),
      render: (r) => (r.share === null ? noData : <ProgressBar percent={r.share} compact />),
    },
    {
      id: 'result',
      header: t('colResult'),
      value: result,
      render: (r) => {
        const outcome = r.baseline ? 'baseline' : r.met === true ? 'met' : r.met === false ? 'missed' : 'open';
        return (
          <span className={`rm-result rm-result--${outcome}`}>
            {outcome === 'met' ? <Mark shape="check" /> : outcome === 'missed' ? <Mark shape="cross" /> : null}
            {result(r)}
          </span>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={`${t('yearsCaption', { name })} (${t(indicator.cumulative ? 'yearsCumulative' : 'yearsFlow')})`}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      rowHeader="year"
      className="rm-years"
    />
  );
};
