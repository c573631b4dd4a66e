/**
 * A status in words: its label ("On track", or "Target met" once the roadmap is over) and the
 * sentence that says why, with the numbers the rule compared. Shared by the page, the card and the chart.
 */
import type { RoadmapIndicator } from '../../api/contract';
import type { Formatter } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/messages';
import type { roadmapMessages } from './messages';
import type { IndicatorAssessment, RoadmapStatus, StatusBasis } from './model/forecast';
import { formatIndicatorValue } from './model/format-value';

type RoadmapKey = keyof (typeof roadmapMessages)['en'];

const STATUS_KEYS = {
  onTrack: 'statusOnTrack',
  atRisk: 'statusAtRisk',
  offTrack: 'statusOffTrack',
  unknown: 'statusUnknown',
} as const satisfies Record<RoadmapStatus, RoadmapKey>;

export const statusLabelKey = (status: RoadmapStatus, basis: StatusBasis): RoadmapKey => {
  if (basis === 'final') return status === 'onTrack' ? 'statusMet' : 'statusNotMet';
  return STATUS_KEYS[status];
};

export const explainStatus = (
  t: Translate<RoadmapKey>,
  format: Formatter,
  unit: RoadmapIndicator['unit'],
  a: Pick<IndicatorAssessment, 'status' | 'basis' | 'target' | 'forecast' | 'final'>,
): string => {
  const v = (n: number) => formatIndicatorValue(format, unit, n);
  const target = a.target === null ? '' : v(a.target);
  switch (a.basis) {
    case 'noTarget':
      return t('explainNoTarget');
    case 'noActuals':
      return t('explainNoActuals');
    case 'tooFewPoints':
      return t('explainTooFew');
    case 'alreadyMet':
      return t('explainMetTooFew');
    case 'final':
      return t(a.status === 'onTrack' ? 'explainFinalMet' : 'explainFinalNotMet', { value: a.final === null ? '' : v(a.final), target });
    case 'forecast': {
      const f = a.forecast;
      if (!f || a.target === null) return t('explainTooFew');
      const params = { target, lower: v(f.lower), upper: v(f.upper), forecast: v(f.value) };
      if (a.status === 'offTrack') return t('explainBelowInterval', params);
      if (a.status === 'atRisk') return t('explainWithinInterval', params);
      return f.lower >= a.target ? t('explainAboveInterval', params) : t('explainAlreadyMet', params);
    }
  }
};
