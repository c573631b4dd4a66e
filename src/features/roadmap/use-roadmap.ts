/**
 * The /roadmap query and its assessment (forecast and status of every indicator), computed once per
 * response, so the page, the overview card and the region panel show the same verdicts.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RoadmapIndicator } from '../../api/contract';
import type { PanelQueryState } from '../../components/panel';
import { roadmapQueryOptions } from './api/roadmap-queries';
import { assessRoadmap, type RoadmapAssessment } from './model/forecast';

export const useRoadmap = () => {
  const query = useQuery(roadmapQueryOptions());
  const assessment: RoadmapAssessment<RoadmapIndicator> | null = useMemo(() => (query.data ? assessRoadmap(query.data) : null), [query.data]);
  // The query result itself: the panel then shows a failure while TanStack still retries and reads `asOf`.
  const panelQuery: PanelQueryState = query;
  return { query, data: query.data, assessment, panelQuery };
};
