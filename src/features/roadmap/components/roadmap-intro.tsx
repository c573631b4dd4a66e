/** Under the page title: the roadmap's official name and span, the days left, and the demo-targets notice. */
import '../roadmap.css';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { roadmapMessages } from '../messages';
import { useRoadmap } from '../use-roadmap';
import { DaysLeft } from './days-left';

export const RoadmapIntro = () => {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const { data } = useRoadmap();
  // Noon UTC keeps the calendar date the same in Astana.
  const day = (d: string) => format.date(new Date(`${d}T07:00:00Z`));
  return (
    <div className="rm-intro">
      {data ? (
        <p className="rm-intro__title">{t('roadmapSpan', { title: data.title[locale], from: day(data.start), to: day(data.end) })}</p>
      ) : null}
      <DaysLeft end={data?.end} className="rm-intro__days" />
      {data?.indicators.some((i) => i.demoTargets) ? (
        <p className="notice rm-intro__demo" data-testid="demo-targets">
          {t('demoTargets')}
        </p>
      ) : null}
    </div>
  );
};
