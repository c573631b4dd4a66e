/**
 * The application: providers, the shell and the page for the current address. Pages other than the
 * overview are separate chunks, so the first screen's numbers do not wait for maps or charts.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { AppSettingsContext } from '../config/app-settings';
import type { RuntimeConfig } from '../config/runtime-config';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { parseRefresh } from '../lib/refresh';
import { matchPath, useLocation, useSearchParam } from '../lib/router';
import { AppErrorBoundary } from './app-error-boundary';
import { NotFoundPage } from './routes/not-found';
import { OverviewPage } from './routes/overview';
import { AppShell } from './shell/app-shell';

interface Route {
  path: string;
  page: ComponentType<{ params: Record<string, string> }> | LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  /** Wall display: no shell. */
  bare?: boolean;
}

export const ROUTES: readonly Route[] = [
  { path: '/', page: OverviewPage },
  { path: '/regions', page: lazy(() => import('./routes/regions').then((m) => ({ default: m.RegionsPage }))) },
  { path: '/regions/:code', page: lazy(() => import('./routes/region').then((m) => ({ default: m.RegionPage }))) },
  { path: '/wall', page: lazy(() => import('./routes/wall').then((m) => ({ default: m.WallPage }))), bare: true },
  { path: '/activity', page: lazy(() => import('./routes/activity').then((m) => ({ default: m.ActivityPage }))) },
  { path: '/roadmap', page: lazy(() => import('./routes/roadmap').then((m) => ({ default: m.RoadmapPage }))) },
  { path: '/directions', page: lazy(() => import('./routes/directions').then((m) => ({ default: m.DirectionsPage }))) },
  { path: '/directions/:id', page: lazy(() => import('./routes/direction').then((m) => ({ default: m.DirectionPage }))) },
];

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
  const settings = useMemo(() => ({ config, refreshMs }), [config, refreshMs]);
  const { pathname } = useLocation();

  return (
    <AppErrorBoundary resetKey={pathname}>
      <QueryClientProvider client={queryClient}>
        <AppSettingsContext.Provider value={settings}>
          <I18nProvider defaultLocale={config.defaultLocale}>
            <CurrentPage />
          </I18nProvider>
        </AppSettingsContext.Provider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
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

