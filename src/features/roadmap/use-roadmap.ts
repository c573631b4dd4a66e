/**
 * The /roadmap query and its assessment (forecast and status of every indicator), computed once per
 * response, so the page, the overview card and the region panel show the same verdicts.
 */
import { useQuery } from '@tanstack/react-query';
import type { Roadmap, RoadmapIndicator } from '../../api/contract';
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

export const useRoadmap = () => {
  const query = useQuery(roadmapQueryOptions());
  return { query, data: query.data, assessment: query.data ? assessmentOf(query.data) : null };
};
