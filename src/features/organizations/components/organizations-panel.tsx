/**
 * Organisations of a region, one page at a time from /organizations: sortable (by the server), searchable
 * by name, paginated. Page, sort and search live in the URL (`orgPage`, `orgSort`, `orgQ`), so a link
 * reproduces the view. Names are registered names (Kazakh and Russian), shown as text.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { OrganizationSort, type Meta, type Organization } from '../../../api/contract';
import { DataTable, type Column, type SortState } from '../../../components/data-table';
import { useCsvDownload } from '../../../components/use-csv-download';
import { astanaDate } from '../../../lib/months';
import { Panel } from '../../../components/panel';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { nameLanguageOf } from '../../../lib/organisation-name';
import { updateSearch, useSearchParam } from '../../../lib/router';
import { fetchWholeList, organizationsQueryOptions } from '../api/organizations-queries';
import { organizationsMessages } from '../messages';
import '../organizations.css';

const PAGE_SIZE = 10;
/** What the whole list is fetched for: a file or paper. */
type WholeListUse = 'download' | 'print';
const DEFAULT_SORT: OrganizationSort = '-volunteers';
const SEARCH_DELAY_MS = 300;

interface OrganizationsPanelProps {
  region: string;
  meta: Meta;
}

const toSortState = (sort: OrganizationSort): SortState => ({
  column: sort.replace(/^-/, ''),
  descending: sort.startsWith('-'),
});

const fromSortState = (sort: SortState): OrganizationSort => {
  const parsed = OrganizationSort.safeParse(`${sort.descending ? '-' : ''}${sort.column}`);
  return parsed.success ? parsed.data : DEFAULT_SORT;
};

export const OrganizationsPanel = ({ region, meta }: OrganizationsPanelProps) => {
  const t = useMessages(organizationsMessages);
  const { locale, format } = useI18n();
  const searchId = useId();
  const sort = OrganizationSort.safeParse(useSearchParam('orgSort')).data ?? DEFAULT_SORT;
  const rawPage = Number(useSearchParam('orgPage') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? Math.min(rawPage, 1_000_000) : 1;
  const q = (useSearchParam('orgQ') ?? '').slice(0, 100);
  const [typed, setTyped] = useState(q);

  // Typing updates the URL once the user pauses, not on every key (each change is a request).
  useEffect(() => {
    if (typed === q) return;
    const timer = window.setTimeout(() => updateSearch({ orgQ: typed.trim() ? typed : null, orgPage: null }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed, q]);

  const orgs = useQuery({
    ...organizationsQueryOptions({ region, direction: null, q, sort, nameLang: nameLanguageOf(locale), page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const data = orgs.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  // The page the table shows: the last one where the address asks for a page past it.
  const shownPage = Math.min(page, pages);

  // The button pressed is disabled on the first or last page, and focus fell to the page's body (WCAG
  // 2.4.3): it goes to the other button instead, the reader's place kept.
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const turned = useRef(false);
  useEffect(() => {
    if (!turned.current) return;
    turned.current = false;
    const focused = document.activeElement;
    if (focused !== document.body && !(focused instanceof HTMLButtonElement && focused.disabled)) return;
    (page >= pages ? previousRef : nextRef).current?.focus();
  }, [page, pages]);
  const nameOf = (o: Organization) => o.name[nameLanguageOf(locale)];

  const columns: Column<Organization>[] = [
    { id: 'name', header: t('colName'), value: nameOf, sortable: true },
    {
      id: 'direction',
      header: t('colDirection'),
      value: (o) => meta.directions.find((d) => d.id === o.direction)?.name[locale] ?? o.direction,
    },
    { id: 'volunteers', header: t('colVolunteers'), value: (o) => o.volunteers, numeric: true, sortable: true },
    { id: 'activeProjects', header: t('colProjects'), value: (o) => o.activeProjects, numeric: true },
    {
      id: 'registered',
      header: t('colRegistered'),
      value: (o) => o.registered,
      render: (o) => format.date(new Date(o.registered)),
      sortable: true,
    },
  ];

  // The whole list, as sorted and searched on screen, as a file or on paper: the table shows ten at a time.
  const listParams = { region, direction: null, q, sort, nameLang: nameLanguageOf(locale) };
  const listKey = JSON.stringify(listParams);
  const downloadCsv = useCsvDownload();
  const [fetchingFor, setFetchingFor] = useState<WholeListUse | null>(null);
  const [listFailure, setListFailure] = useState<string | null>(null);
  const withWholeList = async (purpose: WholeListUse, handle: (all: Organization[]) => void) => {
    setFetchingFor(purpose);
    setListFailure(null);
    try {
      handle(await fetchWholeList(listParams));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setListFailure(t(purpose === 'download' ? 'downloadFailed' : 'printFailed', { reason }));
    } finally {
      setFetchingFor(null);
    }
  };
  const downloadWholeList = () =>
    withWholeList('download', (all) =>
      downloadCsv(
        ['organisations', region, q.trim(), astanaDate(new Date())].filter(Boolean).join('-'),
        columns.map((c) => c.header),
        all.map((o) => columns.map((c) => c.value(o))),
      ),
    );
  // Printed, the table showed its page of ten. The whole list is drawn for paper only (hidden on screen),
  // printed once it is drawn, and dropped after printing; it is the list of the search and sort it was
  // asked for, not of a later one.
  const [toPrint, setToPrint] = useState<{ key: string; rows: Organization[] } | null>(null);
  const printWholeList = () => withWholeList('print', (rows) => setToPrint({ key: listKey, rows }));
  const printedList = toPrint?.key === listKey ? toPrint.rows : null;
  // Either use of the whole list waits while the other fetches it: one list at a time.
  const wholeListButton = (purpose: WholeListUse, label: string, use: () => Promise<void>) => (
    <button type="button" className="button" onClick={() => void use()} disabled={fetchingFor !== null} aria-busy={fetchingFor === purpose}>
      {label}
    </button>
  );
  useEffect(() => {
    if (!printedList) return;
    const dropAfterPrinting = () => setToPrint(null);
    window.addEventListener('afterprint', dropAfterPrinting, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', dropAfterPrinting);
  }, [printedList]);

  return (
    <Panel id="region-organizations" title={t('title')} queries={[orgs]} skeleton={<div style={{ minHeight: '20rem' }} />}>
      <form
        // Printed only when it holds a search: an empty box says nothing on paper.
        className={`org-table__search${q ? '' : ' org-table__search--empty'}`}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          updateSearch({ orgQ: typed.trim() ? typed : null, orgPage: null });
        }}
      >
        <label htmlFor={searchId}>{t('search')}</label>
        <input id={searchId} type="search" value={typed} maxLength={100} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </form>
      <div className={`org-table__on-screen${printedList ? ' org-table__on-screen--replaced' : ''}`}>
        {data && data.items.length === 0 ? (
          <p role="status">{q ? t('noneFor', { q }) : t('none')}</p>
        ) : (
          <DataTable
            caption={t('caption')}
            columns={columns}
            rows={data?.items ?? []}
            rowKey={(o) => o.id}
            rowHeader="name"
            sort={toSortState(sort)}
            presorted
            onSortChange={(next) =>
              updateSearch({ orgSort: fromSortState(next) === DEFAULT_SORT ? null : fromSortState(next), orgPage: null })
            }
            testId="organizations-table"
          />
        )}
        {/* Pages to turn only when there is more than one; the count alone when they fit on one; nothing beside "none found". */}
        {data && pages === 1 && data.total > 0 ? (
          <p className="org-table__status org-table__status--alone" aria-live="polite">
            {t('total', { count: data.total })}
          </p>
        ) : null}
        {data && pages > 1 ? (
          <nav className="org-table__pager" aria-label={t('pages')}>
            <button
              ref={previousRef}
              type="button"
              className="button"
              disabled={page <= 1}
              onClick={() => {
                turned.current = true;
                updateSearch({ orgPage: page - 1 <= 1 ? null : String(page - 1) });
              }}
            >
              {t('previous')}
            </button>
            <p className="org-table__status" aria-live="polite">
              {t('pageOf', { page: String(shownPage), pages: String(pages) })} · {t('total', { count: data.total })}
            </p>
            <button
              ref={nextRef}
              type="button"
              className="button"
              disabled={page >= pages}
              onClick={() => {
                turned.current = true;
                updateSearch({ orgPage: String(page + 1) });
              }}
            >
              {t('next')}
            </button>
          </nav>
        ) : null}
        {data && pages > 1 ? (
          <p className="org-table__printed-page">
            {t('printedPage', {
              from: format.number((shownPage - 1) * data.pageSize + 1),
              to: format.number((shownPage - 1) * data.pageSize + data.items.length),
              total: format.number(data.total),
            })}
          </p>
        ) : null}
      </div>
      {printedList ? (
        <DataTable
          caption={`${t('caption')} · ${t('total', { count: printedList.length })}`}
          columns={columns}
          rows={printedList}
          rowKey={(o) => o.id}
          rowHeader="name"
          sort={toSortState(sort)}
          presorted
          className="org-table__whole-list"
          testId="organizations-whole-list"
        />
      ) : null}
      {data && data.total > 0 ? (
        <div className="org-table__download">
          {wholeListButton('download', t('downloadAll'), downloadWholeList)}
          {pages > 1 ? wholeListButton('print', t('printAll'), printWholeList) : null}
          {listFailure ? <p role="alert">{listFailure}</p> : null}
        </div>
      ) : null}
    </Panel>
  );
};
