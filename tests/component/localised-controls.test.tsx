/**
 * Controls whose words came from a library or the URL are in the page's language: the auto-refresh
 * options ("1 мин", not the URL's "1m", which stays in the address) and the map's zoom buttons and
 * credit (Leaflet's are English).
 */
import { fireEvent, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, screen } from '../render-app';

const NBSP = '\u00a0';
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent?.replaceAll(NBSP, ' '));

describe('auto-refresh options', () => {
  it.each([
    ['kk', 'Автожаңарту', ['өшірулі', '15 сек', '30 сек', '1 мин', '5 мин']],
    ['ru', 'Автообновление', ['выкл.', '15 сек', '30 сек', '1 мин', '5 мин']],
    ['en', 'Auto-refresh', ['off', '15 s', '30 s', '1 min', '5 min']],
  ])('are written in %s, with the URL’s values', async (lang, label, texts) => {
    renderApp(`/activity?lang=${lang}`);
    const select = await screen.findByRole('combobox', { name: label });
    expect(optionTexts(select)).toEqual(texts);
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['off', '15s', '30s', '1m', '5m']);
    expect(select).toHaveValue('1m');
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent?.replaceAll(NBSP, ' ')).toBe(texts[3]);
  });

  it('shows an interval from the URL in words too, and puts a choice in the URL in its own form', async () => {
    renderApp('/activity?lang=ru&refresh=90s');
    const select = await screen.findByRole('combobox', { name: 'Автообновление' });
    expect(optionTexts(select)).toEqual(['выкл.', '15 сек', '30 сек', '1 мин', '5 мин', '90 сек']);
    expect(select).toHaveValue('90s');
    fireEvent.change(select, { target: { value: '5m' } });
    expect(new URLSearchParams(window.location.search).get('refresh')).toBe('5m');
    await waitFor(() => expect(select).toHaveValue('5m'));
  });
});

describe('map controls', () => {
  // The map's shapes are a static file of the site, not part of the API: serve the real one.
  const topology = JSON.parse(readFileSync('public/geo/kz-regions.topo.json', 'utf8')) as Record<string, unknown>;
  beforeEach(() => {
    server.use(http.get('*/geo/kz-regions.topo.json', () => HttpResponse.json(topology)));
  });

  it('name the zoom buttons and credit the map in the page’s language, and follow a language switch', async () => {
    renderApp('/regions?lang=kk');
    const zoomIn = await screen.findByRole('button', { name: 'Үлкейту' }, { timeout: 10_000 });
    expect(zoomIn).toHaveAttribute('title', 'Үлкейту');
    expect(screen.getByRole('button', { name: 'Кішірейту' })).toHaveAttribute('title', 'Кішірейту');
    expect(document.querySelector('.leaflet-control-attribution')).toHaveTextContent('Карта деректері © amCharts');
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: 'Русский' }));
    expect(await screen.findByRole('button', { name: 'Приблизить' })).toHaveAttribute('title', 'Приблизить');
    expect(screen.getByRole('button', { name: 'Отдалить' })).toHaveAttribute('title', 'Отдалить');
    expect(screen.queryByRole('button', { name: 'Үлкейту' })).toBeNull();
    // One zoom control, one credit: the old ones are gone.
    expect(document.querySelectorAll('.leaflet-control-zoom')).toHaveLength(1);
    const credit = document.querySelector('.leaflet-control-attribution');
    expect(credit).toHaveTextContent('Данные карты © amCharts');
    expect(credit).not.toHaveTextContent('Карта деректері');
    expect(credit?.querySelector('a[href="https://www.amcharts.com/"]')).toHaveTextContent('amCharts');
  });
});
