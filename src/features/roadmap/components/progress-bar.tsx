/**
 * Progress to a target as a bar with the percentage written beside it. The bar is decorative (the
 * text carries the number); a mark shows where 100 % is, and progress beyond it fills the bar.
 */
import '../roadmap.css';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import { formatProgress } from '../model/format-value';

interface ProgressBarProps {
  percent: number | null;
  compact?: boolean;
  /** What the percentage is of: the way from the baseline to the target, or the target itself (a yearly total's). */
  of?: 'way' | 'target';
  testId?: string;
}

export const ProgressBar = ({ percent, compact = false, of = 'way', testId }: ProgressBarProps) => {
  const t = useMessages(roadmapMessages);
  const { format } = useI18n();
  const width = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <span className={`rm-progress${compact ? ' rm-progress--compact' : ''}`}>
      <span className="rm-progress__track" aria-hidden="true">
        <span className="rm-progress__fill" style={{ width: `${width}%` }} />
      </span>
      <span className="rm-progress__text" data-testid={testId}>
        {percent === null
          ? '—'
          : compact
            ? formatProgress(format, percent)
            : t(of === 'way' ? 'progressValue' : 'progressValueTarget', { percent: formatProgress(format, percent) })}
      </span>
    </span>
  );
};
