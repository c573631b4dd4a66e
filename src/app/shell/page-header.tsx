/** A page's title, its period controls, and a notice for any URL parameter that was not understood. */
import { useMeta } from '../../api/meta-query';
import { PeriodParam, type Comparison } from '../../api/contract';
import { PeriodControl } from '../../components/period-control';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../lib/i18n/i18n-context';
import { monthOfDate } from '../../lib/months';
import { invalidRefresh } from '../../lib/refresh';
import { PageHeading, useSearchParam } from '../../lib/router';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  period?: string;
  compare?: Comparison;
  invalidParams?: Record<string, string | null>;
  before?: ReactNode;
  children?: ReactNode;
}

export const PageHeader = ({ title, period, compare, invalidParams = {}, before, children }: PageHeaderProps) => {
  const t = useMessages(commonMessages);
  const { format } = useI18n();
  const meta = useMeta();
  const latest = meta.data ? monthOfDate(new Date(meta.data.asOf)) : null;
  // The refresh interval is the shell's, but a mistyped one is reported with the page's other parameters.
  const refreshInvalid = invalidRefresh(useSearchParam('refresh'));
  const invalid = Object.entries({ ...invalidParams, refresh: refreshInvalid }).filter(([, raw]) => raw !== null);
  return (
    <div className="page-header">
      {before}
      <PageHeading>{title}</PageHeading>
      {invalid.map(([name, raw]) => (
        <p key={name} className="notice" role="status">
          {name === 'period' && raw && meta.data && latest && PeriodParam.safeParse(raw).success
            ? // Well-formed, and outside the data: say where the data are.
              t('periodOutsideData', { period: raw, from: format.month(meta.data.dataFrom), to: format.month(latest) })
            : t('badParam', { name })}
        </p>
      ))}
      <div className="page-header__controls">
        {period !== undefined && compare !== undefined && latest ? (
          <PeriodControl period={period} compare={compare} latest={latest} earliest={meta.data?.dataFrom} />
        ) : null}
        {period !== undefined && compare !== undefined && !latest ? (
          // Until meta arrives, the same control, invisible and inert, holds its place so nothing below shifts.
          <div className="page-header__pending" inert>
            <PeriodControl period={period} compare={compare} latest={monthOfDate(new Date())} />
          </div>
        ) : null}
        {children}
      </div>
    </div>
  );
};
