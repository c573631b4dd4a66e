/**
 * What the figures cover, in words: "1 January – 3 December 2026; compared with 1 January – 3 December
 * 2025", as the API stated it in its summary for this period and comparison (the wall shows it above
 * every scene whose figures depend on the period; the comparison only above the one that compares).
 */
import { useQuery } from '@tanstack/react-query';
import type { Comparison } from '../../../api/contract';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { useMeta } from '../../../api/meta-query';
import { capitalise } from '../../../lib/i18n/messages';
import { formatRange, periodMessages, periodSentence } from '../../../lib/period-label';
import { summaryQueryOptions } from '../../../api/summary-query';

interface PeriodCaptionProps {
  period: string;
  compare: Comparison;
  /** False above figures with no change beside them (a map of values, shares, ranks): the period alone. */
  withComparison?: boolean;
  className?: string;
}

export const PeriodCaption = ({ period, compare, withComparison = true, className }: PeriodCaptionProps) => {
  const t = useMessages(periodMessages);
  const { format } = useI18n();
  const { data } = useQuery(summaryQueryOptions({ period, compare }));
  const meta = useMeta();
  return (
    <p className={className} data-testid="period-caption">
      {data ? (withComparison ? periodSentence(format, t, data, meta.data?.dataFrom) : capitalise(formatRange(format, data.period))) : null}
    </p>
  );
};
