/**
 * The frame around every page except the wall: skip link, header (product, navigation, language,
 * demo badge, data as-of time, refresh control), main content and footer with source and credits.
 */
import type { ReactNode } from 'react';
import { useMeta } from '../../api/meta-query';
import { RefreshControl } from '../../components/refresh-control';
import { useAppSettings } from '../../config/app-settings';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../lib/i18n/i18n-context';
import { ENDONYM, LOCALES, type Locale } from '../../lib/i18n/locales';
import { isPlainClick, Link, useLinkWithParams, useLocation, type Location } from '../../lib/router';
import { usePollingActive } from '../../lib/background-polling';
import { useNow } from '../../lib/use-now';
import { usePrintNote } from '../../lib/print-layout';
import { CARRIED_PARAMS } from '../../lib/view-state';

const NAV = [
  { path: '/', key: 'navOverview' },
  { path: '/regions', key: 'navRegions' },
  { path: '/directions', key: 'navDirections' },
  { path: '/roadmap', key: 'navRoadmap' },
  { path: '/activity', key: 'navActivity' },
  { path: '/wall', key: 'navWall' },
] as const;

/** The same page, with everything its address says (period, tabs, filters), in another language. */
const withLanguage = ({ pathname, search }: Location, locale: Locale): string => {
  const params = new URLSearchParams(search);
  params.set('lang', locale);
  return `${pathname}?${params.toString()}`;
};

export const AppShell = ({ available, children }: { available: ReadonlySet<string>; children: ReactNode }) => {
  const t = useMessages(commonMessages);
  const { locale, format, setLocale } = useI18n();
  const { config, refreshMs } = useAppSettings();
  const location = useLocation();
  const { pathname } = location;
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const polling = usePollingActive();
  const demo = meta.data?.demo ?? config.demo;
  usePrintNote(
    [t('productName'), demo ? t('demoBadge') : null, meta.data ? t('asOf', { time: format.dateTime(new Date(meta.data.asOf)) }) : null]
      .filter(Boolean)
      .join(' · '),
  );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link to={linkTo('/', ['lang'])} className="app-header__product">
            {t('productName')}
          </Link>
          <span className="app-header__tagline">{t('productTagline')}</span>
          {demo ? (
            <span className="demo-badge" title={t('demoExplanation')}>
              {t('demoBadge')}
              <span className="visually-hidden">: {t('demoExplanation')}</span>
            </span>
          ) : meta.data ? null : (
            // Until meta says whether the data is demo data, the badge keeps its place (on a phone it
            // takes a line of its own), so the page does not jump down when it appears.
            <span className="demo-badge app-header__pending" aria-hidden="true">
              {t('demoBadge')}
            </span>
          )}
        </div>
        <nav aria-label={t('mainNavigation')} className="app-nav">
          <ul>
            {NAV.filter((item) => available.has(item.path)).map((item) => {
              const current = item.path === '/' ? pathname === '/' : pathname.startsWith(item.path);
              return (
                <li key={item.path}>
                  <Link to={linkTo(item.path, CARRIED_PARAMS)} aria-current={current ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="app-header__tools">
          {/* Links, not buttons: the server renders the page in the language of the address, so a click
              works before the app has taken the page over, with JavaScript off, and into a new tab. */}
          <div className="language-switch" role="group" aria-label={t('language')}>
            {LOCALES.map((l) => (
              <a
                key={l}
                href={withLanguage(location, l)}
                lang={l}
                hrefLang={l}
                aria-current={l === locale ? 'true' : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  setLocale(l);
                }}
                className="language-switch__option"
              >
                {ENDONYM[l]}
              </a>
            ))}
          </div>
          <RefreshControl refreshMs={refreshMs} paused={!polling} />
          {meta.data ? (
            <p className="app-header__as-of" data-testid="as-of">
              {t('asOf', { time: format.dateTime(new Date(meta.data.asOf)) })}
            </p>
          ) : (
            <PendingAsOf />
          )}
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>
          {t('footerSource')}
          {demo ? ` · ${t('demoExplanation')}` : ''}
        </p>
        <p>
          <a href="/openapi.json">OpenAPI</a>
        </p>
      </footer>
    </div>
  );
};

/**
 * Holds the as-of line's place until meta arrives, so the page below does not jump. Written for the
 * present moment, the time of data that is live: as long as the line will be. A fixed date was not
 * (on a phone in Kazakh, "1970 ж. 1 қаңтар" took one line, "2026 ж. 4 желтоқсан" two, and every page
 * moved down 19 px as its data came).
 */
const PendingAsOf = () => {
  const t = useMessages(commonMessages);
  const { format } = useI18n();
  const now = useNow(60_000);
  return (
    <p className="app-header__as-of app-header__pending" aria-hidden="true">
      {t('asOf', { time: format.dateTime(new Date(now)) })}
    </p>
  );
};
