/**
 * The application: providers, the shell and the page for the current address. Pages other than the
 * overview are separate chunks, so the first screen's numbers do not wait for maps or charts.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { DirectionId, RegionCode } from '../api/contract';
import { metaQueryOptions, useMeta } from '../api/meta-query';
import { AppSettingsContext } from '../config/app-settings';
import type { RuntimeConfig } from '../config/runtime-config';
import { I18nProvider, useI18n } from '../lib/i18n/i18n-context';
import { nextTask } from '../lib/in-slices';
import { parseRefresh } from '../lib/refresh';
import { comparisonParam, directionParam, periodParam } from '../lib/view-state';
import { activityQueryOptions } from '../api/activity-query';
import { directionsQueryOptions } from '../api/directions-query';
import { regionQueryOptions, regionsQueryOptions } from '../api/regions-query';
import { parseActivityFilter } from '../features/activity/model/activity-filter';
import { roadmapQueryOptions } from '../features/roadmap/api/roadmap-queries';
import { summaryQueryOptions } from '../api/summary-query';
import { matchPath, useLocation, useSearchParam } from '../lib/router';
import { withSpreadPreloads } from '../lib/spread-preloads';
import { useAppCommitted } from '../lib/laid-out-in-view';
import { AppErrorBoundary } from './app-error-boundary';
import { pageTitle } from './page-title';
import { NotFoundPage } from './routes/not-found';
import { OverviewPage, preloadOverviewPanels } from './routes/overview';
import { AppShell } from './shell/app-shell';

type PageComponent = ComponentType<{ params: Record<string, string> }>;
type PageModule = Promise<{ default: PageComponent }>;

interface Route {
  path: string;
  page: PageComponent | LazyExoticComponent<PageComponent>;
  /** The page's chunk, for pages that are one: fetched together with the first data. */
  load?: () => PageModule;
  /** The page's first data, requested before React renders (same query options as the page's own queries). */
  firstData?: (queryClient: QueryClient, params: Record<string, string>, search: URLSearchParams) => Promise<unknown>;
  /** Wall display: no shell. */
  bare?: boolean;
}

/**
 * A page in a chunk of its own. Once the chunk has arrived the page renders at once, without a
 * Suspense fallback: React reads an already-resolved thenable synchronously. So the first screen
 * rendered by the server is replaced by the same screen, not by a loading placeholder (src/start.tsx
 * waits for the chunk before it renders over it), and the element type never changes (no remount).
 */
const lazyRoute = (route: Omit<Route, 'page'> & { load: () => PageModule }): Route => {
  let loaded: Awaited<PageModule> | null = null;
  const load = () =>
    withSpreadPreloads(route.load).then((module) => {
      loaded = module;
      return module;
    });
  const page = lazy(() => {
    const module = loaded;
    return module ? ({ then: (resolve: (m: Awaited<PageModule>) => void) => resolve(module) } as unknown as PageModule) : load();
  });
  return { ...route, load, page };
};

const rangeOf = (search: URLSearchParams) => ({
  period: periodParam(search.get('period')).value,
  compare: comparisonParam(search.get('compare')).value,
});

/** Every direction's national figures for the address's period: `/directions`' headline, a direction page's table line. */
const prefetchNationalDirections = (qc: QueryClient, search: URLSearchParams) =>
  qc.prefetchQuery(directionsQueryOptions({ region: null, ...rangeOf(search) }));

export const ROUTES: readonly Route[] = [
  {
    path: '/',
    page: OverviewPage,
    firstData: (qc, _, search) => {
      preloadOverviewPanels();
      return qc.prefetchQuery(summaryQueryOptions(rangeOf(search)));
    },
  },
  lazyRoute({
    path: '/regions',
    load: () => import('./routes/regions').then((m) => ({ default: m.RegionsPage })),
    firstData: (qc, _, search) =>
      qc.prefetchQuery(regionsQueryOptions({ ...rangeOf(search), direction: directionParam(search.get('direction')).value })),
  }),
  lazyRoute({
    path: '/regions/:code',
    load: () => import('./routes/region').then((m) => ({ default: m.RegionPage })),
    firstData: async (qc, params, search) => {
      if (!RegionCode.safeParse(params.code).success) return;
      await Promise.all([
        qc.prefetchQuery(regionQueryOptions(params.code ?? '', rangeOf(search))),
        qc.prefetchQuery(summaryQueryOptions(rangeOf(search))),
      ]);
    },
  }),
  lazyRoute({
    path: '/wall',
    load: () => import('./routes/wall').then((m) => ({ default: m.WallPage })),
    // The first scene is the KPIs unless ?scenes= says otherwise; their data is wanted soon in any case.
    firstData: (qc, _, search) => qc.prefetchQuery(summaryQueryOptions(rangeOf(search))),
    bare: true,
  }),
  lazyRoute({
    path: '/activity',
    load: () => import('./routes/activity').then((m) => ({ default: m.ActivityPage })),
    // Today's counters and the feed: of the country, or of the address's region once /meta lists it (as the
    // page reads it, parseActivityFilter); an unknown region's feed is not asked, the page shows the country's.
    firstData: async (qc, _, search) => {
      const raw = search.get('region');
      const known = raw ? (await qc.ensureQueryData(metaQueryOptions())).regions.map((r) => r.code) : null;
      const { filter } = parseActivityFilter({ event: null, direction: null, region: raw }, known);
      await qc.prefetchQuery(activityQueryOptions(filter.region));
    },
  }),
  lazyRoute({
    path: '/roadmap',
    load: () => import('./routes/roadmap').then((m) => ({ default: m.RoadmapPage })),
    firstData: (qc) => qc.prefetchQuery(roadmapQueryOptions()),
  }),
  lazyRoute({
    path: '/directions',
    load: () => import('./routes/directions').then((m) => ({ default: m.DirectionsPage })),
    firstData: (qc, _, search) => prefetchNationalDirections(qc, search),
  }),
  lazyRoute({
    path: '/directions/:id',
    load: () => import('./routes/direction').then((m) => ({ default: m.DirectionPage })),
    // The direction's figures by region (its map and table) and the directions' national figures (the
    // table's line above it): a served page came with the regions' outlines and no figures, which came later.
    firstData: async (qc, params, search) => {
      const direction = DirectionId.safeParse(params.id);
      if (!direction.success) return;
      await Promise.all([
        qc.prefetchQuery(regionsQueryOptions({ ...rangeOf(search), direction: direction.data })),
        prefetchNationalDirections(qc, search),
      ]);
    },
  }),
];

/**
 * Starts what the page at `url` needs first — its chunk, meta and its headline data — in parallel, as
 * soon as the API client exists. Left to React, they would come one after another: render, chunk,
 * render, meta, render, data (the region page asked for its data 300 ms after meta arrived).
 * Settles when all of them have (failed requests included: the page shows those failures itself).
 */
export const startFirstRequests = async (queryClient: QueryClient, url: URL): Promise<void> => {
  for (const route of ROUTES) {
    const params = matchPath(route.path, url.pathname);
    if (!params) continue;
    // The chunk is asked for in a task of its own, and the data in the next: appended to start-up's own
    // work, asking for the chunk (see withSpreadPreloads) made one of its longest tasks on a phone.
    await nextTask();
    const chunk = Promise.allSettled([route.load?.()]);
    await nextTask();
    await Promise.allSettled([
      chunk,
      queryClient.prefetchQuery(metaQueryOptions()),
      route.firstData?.(queryClient, params, url.searchParams),
    ]);
    return;
  }
};

export const AVAILABLE_PATHS = new Set(ROUTES.map((r) => r.path));

interface AppProps {
  config: RuntimeConfig;
  queryClient: QueryClient;
  /** Tells the QueryClient's polling the effective interval (URL over config). */
  onRefreshChange: (ms: number | null) => void;
}

export const App = ({ config, queryClient, onRefreshChange }: AppProps) => {
  const refreshParam = useSearchParam('refresh');
  const parsed = refreshParam === null ? undefined : parseRefresh(refreshParam);
  const refreshMs = parsed === undefined ? config.refreshSeconds * 1000 : parsed;
  useLayoutEffect(() => onRefreshChange(refreshMs), [onRefreshChange, refreshMs]);
  useAppCommitted();
  const settings = useMemo(() => ({ config, refreshMs }), [config, refreshMs]);
  const { pathname } = useLocation();

  return (
    <AppErrorBoundary resetKey={pathname}>
      <QueryClientProvider client={queryClient}>
        <AppSettingsContext.Provider value={settings}>
          <I18nProvider defaultLocale={config.defaultLocale}>
            <DocumentTitle />
            <CurrentPage />
          </I18nProvider>
        </AppSettingsContext.Provider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
};

/**
 * Keeps `document.title` on the page and language shown (src/app/page-title.ts). After the commit, never
 * during it: the server already wrote this title into a page it rendered, so hydrating it changes nothing.
 */
const DocumentTitle = () => {
  const { pathname } = useLocation();
  const { locale } = useI18n();
  const meta = useMeta();
  const title = pageTitle(pathname, locale, meta.data);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
};

const CurrentPage = () => {
  const { pathname } = useLocation();
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    const Page = route.page;
    const page = (
      <Suspense fallback={<p className="page-loading">…</p>}>
        <Page params={params} />
      </Suspense>
    );
    return route.bare ? page : <AppShell available={AVAILABLE_PATHS}>{page}</AppShell>;
  }
  return (
    <AppShell available={AVAILABLE_PATHS}>
      <NotFoundPage />
    </AppShell>
  );
};
