/**
 * The /roadmap query and its assessment (forecast and status of every indicator), computed once per
 * response, so the page, the overview card and the region panel show the same verdicts.
 */
import { useQuery } from '@tanstack/react-query';
import type { Roadmap, RoadmapIndicator } from '../../api/contract';
import { astanaDate } from '../../lib/months';
import { roadmapQueryOptions } from './api/roadmap-queries';
import { assessRoadmap, type RoadmapAssessment } from './model/forecast';

// One assessment per response, shared by every panel that shows it (a useMemo per panel computed the
// forecasts once for each of them).
const assessments = new WeakMap<Roadmap, RoadmapAssessment<RoadmapIndicator>>();

const assessmentOf = (data: Roadmap): RoadmapAssessment<RoadmapIndicator> => {
  let assessment = assessments.get(data);
  if (!assessment) {
    assessment = assessRoadmap(data);
    assessments.set(data, assessment);
  }
  return assessment;
};

/**
 * `day`: the day of the data, in Astana: what a measure is overdue by, and the date in the names of the
 * page's files, whose latest actuals change from day to day.
 */
export const useRoadmap = () => {
  const query = useQuery(roadmapQueryOptions());
  const data = query.data;
  return { query, data, assessment: data ? assessmentOf(data) : null, day: data ? astanaDate(new Date(data.asOf)) : null };
};
