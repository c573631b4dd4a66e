/**
 * Live monitoring in the real app (msw/node demo API): the activity feed and today's counters, and
 * every kind of API failure named in words while the last good numbers stay, marked stale.
 */
import { act, fireEvent, render, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDemoNow } from '../../mocks/clock';
import { server } from '../../mocks/node';
import { createApiClient } from '../../src/api/client';
import { AppErrorBoundary } from '../../src/app/app-error-boundary';
import { navigate } from '../../src/lib/router';
import { pluralCategory } from '../../src/lib/i18n/plural';
import { captureDownloads } from '../capture-downloads';
import { renderApp, screen, TEST_API } from '../render-app';
import { TEST_NOW } from './setup';

const client = () => createApiClient({ baseUrl: TEST_API, timeoutMs: 5_000 });
const kpiPanel = () => {
  const panel = document.querySelector<HTMLElement>('[data-panel="kpis"]');
  if (!panel) throw new Error('no KPI panel');
  return panel;
};

describe('live activity feed', () => {
  // The browser's clock at the demo's "now", so "… ago" is measured as a user would see it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TEST_NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the newest events first with type, region and direction in the current language', async () => {
    const [feed, meta] = await Promise.all([client().get('activity'), client().get('meta')]);
    renderApp('/activity?lang=en');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(feed.events.length);
    expect(items.map((li) => li.dataset.eventId)).toEqual(feed.events.map((e) => e.id));
    const newest = feed.events[0];
    if (!newest) throw new Error('the demo feed is empty');
    const first = items[0] as HTMLElement;
    const region = meta.regions.find((r) => r.code === newest.region)?.name.en ?? '';
    const direction = meta.directions.find((d) => d.id === newest.direction)?.name.en ?? '';
    // Organisations have no English name: an English reader sees the registered Russian one, whatever the source system wrote.
    expect(first).toHaveTextContent(newest.organization?.name.ru ?? 'the demo events name their organisation');
    expect(first).toHaveTextContent(`${region} · ${direction}`);
    expect(first).toHaveTextContent(/Request for help opened|Request closed|Action completed|Organisation registered/);
    expect(within(first).getByText(/ago$|^just now$/)).toBeInTheDocument();
    expect(first.querySelector('time')).toHaveAttribute('datetime', newest.at);
  });

  it("downloads the shown events in the reader's language under the same English file name as every export", async () => {
    const downloads = captureDownloads();
    renderApp('/activity?lang=ru');
    await screen.findByRole('list', { name: 'События, сначала новые' });
    fireEvent.click(screen.getByRole('button', { name: 'Скачать CSV' }));
    // Named up to the minute of the newest event it holds (its first row): files of the feed at different
    // times were named alike.
    await waitFor(() => expect(downloads.names[0]).toMatch(/^activity-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-demo\.csv$/));
    const lines = await downloads.lines();
    expect(lines[0]).toMatch(/Время/);
    const newest = /^"?(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})/.exec(lines[1] ?? '');
    expect(downloads.names[0]).toBe(`activity-${newest?.[1]}-${newest?.[2]}-${newest?.[3]}-demo.csv`);
  });

  it("writes each event's time as the screen's clock shows it (Astana), as a spreadsheet date-time, and names the zone", async () => {
    const downloads = captureDownloads();
    renderApp('/activity?lang=en');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const items = within(list).getAllByRole('listitem');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const [header = [], ...rows] = await downloads.rows();
    expect(header[0]).toBe('Time (Astana, UTC+5)');
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, i) => {
      const at = items[i]?.querySelector('time')?.getAttribute('datetime') ?? '';
      // Astana is UTC+5 all year: the instant moved five hours on, written without its "T" and "Z".
      const astana = new Date(Date.parse(at) + 5 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
      expect(row[0]).toBe(astana);
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      // The hours and minutes the list shows for the event.
      expect(row[0]?.slice(11, 16)).toBe(items[i]?.querySelector('.activity-event__clock')?.textContent);
    });
  });

  it('holds new events above the list until asked, announces them politely, then shows them first', async () => {
    const { queryClient } = renderApp('/activity?lang=en');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const before = within(list)
      .getAllByRole('listitem')
      .map((li) => li.dataset.eventId);
    expect(screen.getByText('No new events')).toBeInTheDocument();

    setDemoNow(new Date(TEST_NOW.getTime() + 30 * 60_000));
    const later = await client().get('activity');
    const fresh = later.events.filter((e) => !before.includes(e.id));
    expect(fresh.length).toBeGreaterThan(1);
    await act(() => queryClient.refetchQueries({ type: 'active' }));

    const button = await screen.findByRole('button', { name: `Show ${fresh.length} new events` });
    // Nothing moved: the same events in the same places.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.eventId),
    ).toEqual(before);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(`${fresh.length} new events`);

    fireEvent.click(button);
    const after = within(list).getAllByRole('listitem');
    expect(after[0]?.dataset.eventId).toBe(later.events[0]?.id);
    await waitFor(() => expect(document.activeElement).toBe(after[0]));
    expect(screen.getByText('No new events')).toBeInTheDocument();
    expect(live).toHaveTextContent('');
  });

  it('filters the feed by event, region and direction from the link and its selects, keeping focus and holding back nothing as new', async () => {
    const downloads = captureDownloads();
    const [country, meta] = await Promise.all([client().get('activity'), client().get('meta')]);
    renderApp('/activity?lang=en&event=requestOpened');
    const list = await screen.findByRole('list', { name: 'Events, newest first' });
    const opened = country.events.filter((e) => e.type === 'requestOpened');
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.length).toBeLessThan(country.events.length);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.eventId),
    ).toEqual(opened.map((e) => e.id));

    // A region is asked of the API: its events, not the few of it among the country's newest.
    const code = 'KZ-62';
    const regional = await client().get('activity', { region: code });
    const expected = regional.events.filter((e) => e.type === 'requestOpened');
    const region = screen.getByRole('combobox', { name: 'Region' });
    region.focus();
    fireEvent.change(region, { target: { value: code } });
    expect(new URLSearchParams(window.location.search).get('region')).toBe(code);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Events, newest first' }))
          .getAllByRole('listitem')
          .map((li) => li.dataset.eventId),
      ).toEqual(expected.map((e) => e.id)),
    );
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveFocus();
    expect(screen.getByText('No new events')).toBeInTheDocument();
    const name = meta.regions.find((r) => r.code === code)?.name.en ?? code;
    for (const item of screen.getAllByRole('listitem').filter((li) => li.dataset.eventId)) expect(item).toHaveTextContent(name);
    // Today's counters are the region's too, and say whose they are.
    expect(screen.getByText(`${name} · since midnight, Astana time`)).toBeInTheDocument();
    expect(screen.getByTestId('today-requestOpened')).toHaveTextContent(String(regional.today.requestOpened));
    expect(regional.today.requestOpened).not.toBe(country.today.requestOpened);

    // The download is what the screen shows, and says so in its name.
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(downloads.names[0]).toMatch(new RegExp(`^activity-${code.toLowerCase()}-requestopened-[\\d-]{16}-demo\\.csv$`)),
    );
    expect(await downloads.rows()).toHaveLength(expected.length + 1);

    // A direction with none of these events says so, in words.
    const directions = new Set(expected.map((e) => e.direction));
    const absent = meta.directions.find((d) => !directions.has(d.id));
    if (!absent) throw new Error('every direction has an opened request in the region');
    fireEvent.change(screen.getByRole('combobox', { name: 'Direction' }), { target: { value: absent.id } });
    expect(await screen.findByText('No events matching these filters in the last two hours.')).toBeInTheDocument();
    // Today's counters are not by direction, and say so beside a feed that is.
    expect(screen.getByText(`${name} · since midnight, Astana time · every direction`)).toBeInTheDocument();
  });

  it('names a filter in the link it does not understand, shows every event meanwhile, and drops it with the first choice', async () => {
    renderApp('/activity?lang=ru&event=party&region=KZ-99');
    const list = await screen.findByRole('list', { name: 'События, сначала новые' });
    const feed = await client().get('activity');
    expect(within(list).getAllByRole('listitem')).toHaveLength(feed.events.length);
    expect(await screen.findByText(/«event»/)).toBeInTheDocument();
    expect(screen.getByText(/«region»/)).toBeInTheDocument();
    // The event select shows "All events" for "party": choosing a direction is what the reader can do.
    fireEvent.change(screen.getByRole('combobox', { name: 'Направление' }), { target: { value: 'ecology' } });
    expect(window.location.search).toBe('?lang=ru&direction=ecology');
    await waitFor(() => expect(screen.queryByText(/«event»|«region»/)).toBeNull());
  });

  it('while a region’s events are on their way, says so, and nothing of the previous region’s', async () => {
    server.use(
      http.get('*/api/v1/activity', async ({ request }) => {
        if (new URL(request.url).searchParams.get('region') === 'KZ-62') await delay('infinite');
        return undefined;
      }),
    );
    renderApp('/activity?lang=en');
    await screen.findByRole('list', { name: 'Events, newest first' });
    expect(screen.getByText('No new events')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Region' }), { target: { value: 'KZ-62' } });
    expect(await screen.findByText('Loading the chosen region’s events…')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Events, newest first' })).toBeNull();
    expect(screen.queryByText('No new events')).toBeNull();
    // Nor the previous region's time as this one's.
    const freshnessLine = document.querySelector('[data-panel="activity-feed"] .panel__freshness');
    expect(freshnessLine).toHaveTextContent(/^Updating…$/);
  });

  it('names the time of the chosen region’s own answer once it arrives', async () => {
    let answerRegion: () => void = () => {};
    const regionAsked = new Promise<void>((resolve) => (answerRegion = resolve));
    server.use(
      http.get('*/api/v1/activity', async ({ request }) => {
        if (new URL(request.url).searchParams.get('region') === 'KZ-62') await regionAsked;
        return undefined;
      }),
    );
    renderApp('/activity?lang=en');
    await screen.findByRole('list', { name: 'Events, newest first' });
    const freshnessLine = () => document.querySelector('[data-panel="activity-feed"] .panel__freshness');
    expect(freshnessLine()).toHaveTextContent(/^Updated \d\d:\d\d/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Region' }), { target: { value: 'KZ-62' } });
    await waitFor(() => expect(freshnessLine()).toHaveTextContent(/^Updating…$/));
    answerRegion();
    await screen.findByRole('list', { name: 'Events, newest first' });
    expect(freshnessLine()).toHaveTextContent(/^Updated \d\d:\d\d/);
  });

  it('keeps its filters on screen when a region’s events fail, so another can be chosen', async () => {
    server.use(
      http.get('*/api/v1/activity', ({ request }) =>
        new URL(request.url).searchParams.get('region') === 'KZ-62' ? HttpResponse.json({ title: 'Broken' }, { status: 500 }) : undefined,
      ),
    );
    renderApp('/activity?lang=en');
    await screen.findByRole('list', { name: 'Events, newest first' });
    const region = screen.getByRole('combobox', { name: 'Region' });
    region.focus();
    fireEvent.change(region, { target: { value: 'KZ-62' } });
    const feedPanel = document.querySelector<HTMLElement>('[data-panel="activity-feed"]') as HTMLElement;
    expect(await within(feedPanel).findByRole('alert', {}, { timeout: 5_000 })).toHaveTextContent('/activity');
    expect(within(feedPanel).getByRole('combobox', { name: 'Region' })).toHaveFocus();
    fireEvent.change(within(feedPanel).getByRole('combobox', { name: 'Region' }), { target: { value: 'KZ-71' } });
    await waitFor(() => expect(within(feedPanel).queryByRole('alert')).toBeNull());
    await within(feedPanel).findByRole('list', { name: 'Events, newest first' });
  });

  it("shows today's counters on the overview with the right plural forms", async () => {
    const { today } = await client().get('activity');
    renderApp('/?lang=ru');
    const forms: Record<string, Record<string, string>> = {
      requestOpened: { one: 'заявка открыта', few: 'заявки открыты', many: 'заявок открыто' },
      actionCompleted: { one: 'акция проведена', few: 'акции проведены', many: 'акций проведено' },
      organisationRegistered: {
        one: 'организация зарегистрирована',
        few: 'организации зарегистрированы',
        many: 'организаций зарегистрировано',
      },
    };
    for (const [type, byCategory] of Object.entries(forms)) {
      const count = today[type as keyof typeof today] ?? -1;
      const value = await screen.findByTestId(`today-${type}`);
      expect(value).toHaveTextContent(String(count));
      expect(value.closest('li')).toHaveTextContent(byCategory[pluralCategory('ru', count)] ?? '');
    }
    expect(screen.getByRole('link', { name: 'Все события' })).toHaveAttribute('href', '/activity?lang=ru');
  });
});

describe('failures', () => {
  // The demo's data is produced as of TEST_NOW: with the machine's own clock, its age (and so whether a
  // recovered panel is fresh) would depend on the hour the tests run.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TEST_NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const cases = [
    {
      name: 'HTTP 500 with a problem document',
      handler: () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'cube offline' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      text: /could not be updated: the server had an internal error \(error 500, \/summary\)\. The server says: “Internal Server Error: cube offline”/,
    },
    {
      name: 'invalid JSON',
      handler: () => new HttpResponse('{"asOf": "2026-', { headers: { 'Content-Type': 'application/json' } }),
      text: /the server’s answer is not valid JSON \(\/summary\)/,
    },
    {
      name: 'a schema mismatch',
      handler: () => HttpResponse.json({ asOf: 'yesterday' }),
      text: /does not have the expected shape at “asOf” \(\/summary\)/,
    },
    { name: 'a network failure', handler: () => HttpResponse.error(), text: /the server cannot be reached \(\/summary\)/ },
    {
      name: 'a timeout',
      handler: async () => {
        await delay(3_000);
        return HttpResponse.json({});
      },
      text: /the server did not answer within 1 second \(\/summary\)/,
    },
  ];

  for (const c of cases) {
    it(`names ${c.name} in words, keeps the last numbers marked stale, and recovers on retry`, async () => {
      const { queryClient } = renderApp('/?lang=en', { timeoutMs: 1_000 });
      const value = await screen.findByTestId('kpi-volunteers');
      await waitFor(() => expect(value).toHaveTextContent(/^\d/));
      const shown = value.textContent;

      server.use(http.get('*/api/v1/summary', c.handler));
      await act(() => queryClient.refetchQueries({ queryKey: ['summary'] }));
      const alert = await within(kpiPanel()).findByRole('alert');
      expect(alert).toHaveTextContent(c.text);
      expect(alert).toHaveTextContent(/^“National indicators”/);
      expect(screen.getByTestId('kpi-volunteers')).toHaveTextContent(shown ?? '');
      expect(kpiPanel()).toHaveClass('panel--stale');
      expect(within(kpiPanel()).getByText(/^Showing the last data received/)).toBeInTheDocument();
      // The other panels are untouched.
      expect(document.querySelector('[data-panel="today"] [role="alert"]')).toBeNull();

      server.resetHandlers();
      const retry = within(alert).getByRole('button', { name: 'Retry' });
      retry.focus();
      fireEvent.click(retry);
      await waitFor(() => expect(within(kpiPanel()).queryByRole('alert')).toBeNull());
      expect(kpiPanel()).not.toHaveClass('panel--stale');
      // The button went with the error box: focus is on the panel's heading, not back at the page's top.
      expect(document.activeElement).toBe(within(kpiPanel()).getByRole('heading', { name: 'National indicators' }));
    });
  }

  it('says so when the API’s data is older than expected, even though it arrived', async () => {
    const body = await client().get('summary', { period: 'ytd', compare: 'previous' });
    const old = new Date(Date.now() - 3 * 86_400_000).toISOString();
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json({ ...body, asOf: old })));
    renderApp('/?lang=en');
    await screen.findByTestId('kpi-volunteers');
    expect(await within(kpiPanel()).findByText(/^The server’s data is as of .*, older than expected\.$/)).toBeInTheDocument();
    expect(kpiPanel()).toHaveClass('panel--stale');
    expect(kpiPanel().dataset.freshness).toBe('old');
    // Nor does the header's light call it up to date.
    const light = document.querySelector<HTMLElement>('.status-light');
    // Between two of the page's requests ("Refreshing" while one is on its way).
    await waitFor(() => {
      expect(light).toHaveTextContent(/^Data not current \(.*Data as of /);
      expect(light?.dataset.state).toBe('notCurrent');
    });
  });

  it('doubts data the API dates in the future, rather than calling it up to date', async () => {
    const body = await client().get('summary', { period: 'ytd', compare: 'previous' });
    server.use(http.get('*/api/v1/summary', () => HttpResponse.json({ ...body, asOf: '2099-01-01T00:00:00Z' })));
    renderApp('/?lang=ru');
    await screen.findByTestId('kpi-volunteers');
    expect(
      await within(kpiPanel()).findByText(
        /^Данные сервера датированы 1 января 2099 г\., 0?5:00 — это время ещё не наступило: часы или данные сервера неверны\.$/,
      ),
    ).toBeInTheDocument();
    expect(kpiPanel()).toHaveClass('panel--stale');
    expect(kpiPanel().dataset.freshness).toBe('future');
  });

  it('refuses an answer for another period than the one asked, naming its months, rather than show its figures as this period’s', async () => {
    const body = await client().get('summary', { period: 'ytd', compare: 'previous' });
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({ ...body, period: { from: '2019-01', to: '2019-03' }, comparison: { from: '2018-10', to: '2018-12' } }),
      ),
    );
    renderApp('/?lang=en');
    const alert = await within(kpiPanel()).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      '“National indicators” could not be loaded: the answer is for 2019-01 – 2019-03, not the period asked (/summary).',
    );
    expect(screen.queryByTestId('kpi-volunteers')).toBeNull();
  });

  it('marks numbers late once two polls (with their jitter) have brought nothing, on every page alike', async () => {
    // Refresh every minute (the test config): late after 2.2 × 60 s + 5 s = 137 s without a successful poll.
    const { queryClient } = renderApp('/directions?lang=en', { timeoutMs: 600_000 });
    await waitFor(() =>
      expect(document.querySelector('[data-panel="directions-breakdown"] .panel__body')).toHaveAttribute('aria-busy', 'false'),
    );
    act(() => navigate('/?lang=en'));
    const value = await screen.findByTestId('kpi-volunteers');
    await waitFor(() => expect(value).toHaveTextContent(/^\d/));
    // The clock counts from the oldest answer both panels show (/meta, asked first), however long loading took.
    const loadedAt = Math.min(
      ...queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.dataUpdatedAt)
        .filter((at) => at > 0),
    );
    // From now on the API holds every request open: no poll succeeds, none fails.
    server.use(http.get('*/api/v1/*', () => delay('infinite')));
    // A page opened anew reads the clock when it mounts: away to the feed (a page without panels of these), and back.
    const panelAfter = async (ms: number, path: string, panel: string) => {
      vi.setSystemTime(loadedAt + ms);
      act(() => navigate('/activity?lang=en'));
      await screen.findByRole('heading', { level: 1, name: 'Activity' });
      act(() => navigate(path));
      return waitFor(() => {
        const section = document.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
        if (!section) throw new Error(`no ${panel} panel on ${path}`);
        expect(section.querySelector('.panel__body')).toHaveAttribute('aria-busy', 'false');
        return section;
      });
    };
    // "fresh" (not merely unmarked: a panel without data is never marked), then "stale" (late, not failed).
    expect((await panelAfter(130_000, '/?lang=en', 'kpis')).dataset.freshness).toBe('fresh');
    expect((await panelAfter(130_000, '/directions?lang=en', 'directions-breakdown')).dataset.freshness).toBe('fresh');
    expect(await panelAfter(140_000, '/?lang=en', 'kpis')).toHaveClass('panel--stale');
    expect((await panelAfter(140_000, '/?lang=en', 'kpis')).dataset.freshness).toBe('stale');
    expect((await panelAfter(140_000, '/directions?lang=en', 'directions-breakdown')).dataset.freshness).toBe('stale');
  });

  it('explains a refresh parameter it does not understand', async () => {
    renderApp('/?lang=en&refresh=soon');
    expect(await screen.findByText('The “refresh” parameter in the link was not understood; showing the default.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('1m');
  });
});

describe('top-level error boundary', () => {
  const Broken = (): never => {
    throw new Error('page exploded');
  };

  it('shows a helpful page in the current language instead of a blank one, and recovers on navigation', () => {
    window.history.replaceState(null, '', '/broken?lang=ru');
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const { rerender } = render(
        <AppErrorBoundary resetKey="/broken">
          <Broken />
        </AppErrorBoundary>,
      );
      expect(screen.getByRole('heading', { name: 'Эту страницу не удалось показать' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Перезагрузить страницу' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Вернуться к обзору' })).toHaveAttribute('href', '/?lang=ru');
      expect(screen.getByText('Error: page exploded')).toBeInTheDocument();
      rerender(
        <AppErrorBoundary resetKey="/">
          <p>overview</p>
        </AppErrorBoundary>,
      );
      expect(screen.getByText('overview')).toBeInTheDocument();
    } finally {
      console.error = quiet;
    }
  });
});
