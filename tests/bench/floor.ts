/**
 * The floor: the fastest page that could show a route's KPI numbers — static HTML, no JavaScript, no
 * external resources — generated from the same API answers the app shows, served by the same server,
 * and timed by the same in-page instrument. Our time divided by the floor's is what the budget limits.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface KpiLike {
  metric: string;
  value: number | null;
}

interface MetaLike {
  metrics: { id: string; name: Record<string, string> }[];
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Digits grouped by threes with a no-break space, as the app shows Kazakh numbers (no Intl: see README). */
export const groupDigits = (value: number): string => {
  const [int = '0', frac] = String(Math.round(value * 10) / 10).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return frac ? `${grouped},${frac}` : grouped;
};

export const floorHtml = (title: string, kpis: readonly KpiLike[], meta: MetaLike, locale = 'kk'): string => {
  const name = (id: string) => meta.metrics.find((m) => m.id === id)?.name[locale] ?? id;
  const tiles = kpis
    .map(
      (k) =>
        `<li><h2>${escapeHtml(name(k.metric))}</h2><p data-testid="kpi-${escapeHtml(k.metric)}">${k.value === null ? '—' : groupDigits(k.value)}</p></li>`,
    )
    .join('');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem}ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem;list-style:none;padding:0}li{border:1px solid #ccc;border-radius:.5rem;padding:1rem}h2{font-size:1rem;margin:0}p{font-size:2rem;font-weight:700;margin:.25rem 0}</style></head><body><h1>${escapeHtml(title)}</h1><ul>${tiles}</ul></body></html>`;
};

const getJson = async (url: string): Promise<unknown> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
};

/**
 * Writes one floor page per route into dist/__bench/ and returns their paths by route. A region page's
 * floor shows that region's KPIs; every other route's floor the national ones.
 */
export const writeFloors = async (distDir: string, apiBase: string, routes: readonly string[]): Promise<Record<string, string>> => {
  const meta = (await getJson(`${apiBase}/meta`)) as MetaLike;
  const national = ((await getJson(`${apiBase}/summary?period=ytd&compare=previous`)) as { kpis: KpiLike[] }).kpis;
  mkdirSync(join(distDir, '__bench'), { recursive: true });
  const out: Record<string, string> = {};
  for (const route of routes) {
    const region = /^\/regions\/([A-Z]{2}-[A-Z0-9]+)$/.exec(route)?.[1];
    const kpis = region
      ? ((await getJson(`${apiBase}/regions/${region}?period=ytd&compare=previous`)) as { kpis: KpiLike[] }).kpis
      : national;
    const file = `floor${route === '/' ? '-overview' : route.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}.html`;
    writeFileSync(join(distDir, '__bench', file), floorHtml(`Front-Office Monitor ${route}`, kpis, meta));
    out[route] = `/__bench/${file}`;
  }
  return out;
};
