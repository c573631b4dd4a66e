/** The map's picture (PNG/SVG download) drawn from the real shapes and a classification. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeChartSvg } from '../../src/lib/chart-export';
import { classify } from '../../src/lib/choropleth';
import { decodeRegions, SMALL_UNIT_CODES } from '../../src/lib/geometry';
import { mapPicture, wrapWords } from '../../src/lib/map-picture';

const features = decodeRegions(JSON.parse(readFileSync('public/geo/kz-regions.topo.json', 'utf8')) as unknown);
const codes = features.features.map((f) => f.id);
// Every region a value except one, "no data".
const values = codes.map((code, i) => ({ code, value: code === 'KZ-62' ? null : 1000 + i * 500 }));
const classification = classify(values, { method: 'quantile', classes: 5 });
const legend = classification.classes.map((bin) => ({ key: bin.index, label: `${bin.lower}–${bin.upper}`, count: `${bin.count} regions` }));
const HOSTILE = '<img src=x onerror=alert(1)>';

const draw = () =>
  mapPicture(document, {
    features,
    classification,
    legendTitle: 'Volunteers',
    legend: [...legend, { key: 'noData', label: 'No data', count: '1 region' }],
    nameOf: (code) => (code === 'KZ-75' ? HOSTILE : `Region ${code}`),
    credit: 'Map data © amCharts',
    width: 960,
  });

describe('the map as a picture', () => {
  it('fills all 20 regions in their class colours, no data hatched and dashed, at the width asked', () => {
    const svg = draw();
    expect(svg.getAttribute('width')).toBe('960');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
    const paths = [...svg.querySelectorAll('path[data-code]')];
    expect(paths.map((p) => p.getAttribute('data-code')).sort()).toEqual([...codes].sort());
    for (const path of paths) {
      const code = path.getAttribute('data-code') ?? '';
      expect(path.getAttribute('fill'), code).toBe(code === 'KZ-62' ? 'url(#map-picture-no-data)' : classification.colourOf(code));
      expect(path.getAttribute('d'), code).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(svg.querySelector('path[data-code="KZ-62"]')?.getAttribute('stroke-dasharray')).toBeTruthy();
    // The hatching the fill refers to is in the picture itself: grey lines over the grey of no data.
    const pattern = svg.querySelector('defs pattern#map-picture-no-data');
    expect(pattern?.querySelector('rect')?.getAttribute('fill')).toBe('#e0e0e0');
    expect(pattern?.querySelector('line')?.getAttribute('stroke')).toBe('#8c8c8c');
    const noDataSwatch = [...svg.querySelectorAll('rect')].filter((r) => r.getAttribute('fill') === 'url(#map-picture-no-data)');
    expect(noDataSwatch).toHaveLength(1);
  });

  it('draws the three cities as circles, as the map does', () => {
    const circles = [...draw().querySelectorAll('circle[data-city]')].map((c) => c.getAttribute('data-city'));
    expect(circles.sort()).toEqual([...SMALL_UNIT_CODES].sort());
  });

  it('has the legend: title, each class with its range and count, and no data', () => {
    const texts = [...draw().querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Volunteers');
    for (const row of legend) expect(texts).toEqual(expect.arrayContaining([row.label, row.count]));
    expect(texts).toEqual(expect.arrayContaining(['No data', '1 region']));
  });

  it('credits the map data under the map, linked to amCharts as the licence asks, in the PNG and SVG alike', () => {
    const svg = draw();
    const credit = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'Map data © amCharts');
    expect(credit).toBeDefined();
    expect(credit?.closest('a')?.getAttribute('href')).toBe('https://www.amcharts.com/');
    // Below every shape and the legend, inside the picture: nothing covers it and it is not cut off.
    const height = Number(svg.getAttribute('height'));
    const y = Number(credit?.getAttribute('y'));
    expect(y).toBeLessThanOrEqual(height);
    const shapeYs = [...svg.querySelectorAll('path[data-code]')].flatMap((p) =>
      (p.getAttribute('d')?.match(/[\d.]+,[\d.]+/g) ?? []).map((xy) => Number(xy.split(',')[1])),
    );
    const legendYs = [...svg.querySelectorAll('text')].filter((t) => t !== credit).map((t) => Number(t.getAttribute('y')));
    expect(y).toBeGreaterThan(shapeYs.reduce((a, b) => Math.max(a, b), 0));
    expect(y).toBeGreaterThan(legendYs.reduce((a, b) => Math.max(a, b), 0));
    // The file that is downloaded (the PNG is drawn from the same file) keeps the credit and its link.
    const file = composeChartSvg(svg, { title: 'Volunteers', footer: ['Source: National Volunteer Front-Office'] }).svg;
    expect(file).toContain('>Map data © amCharts</text>');
    expect(file).toMatch(/<a [^>]*href="https:\/\/www\.amcharts\.com\/"/);
  });

  it('keeps a hostile region name as text', () => {
    const svg = draw();
    expect(svg.querySelector('path[data-code="KZ-75"] title')?.textContent).toBe(HOSTILE);
    expect(svg.querySelector('img')).toBeNull();
    // The file that is downloaded: the name escaped, no element made of it, in the picture or its caption.
    const file = composeChartSvg(svg, { title: HOSTILE, footer: [HOSTILE] }).svg;
    expect(file).not.toContain('<img');
    expect(file).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')?.textContent ?? null).toBeNull();
    expect(parsed.getElementsByTagName('img')).toHaveLength(0);
  });

  it('wraps a long legend title over lines between words, and keeps the rows below it', () => {
    expect(wrapWords('Число волонтёров: выполнение цели 2026 года, %', 30)).toEqual(['Число волонтёров: выполнение', 'цели 2026 года, %']);
    expect(wrapWords('Volunteers', 30)).toEqual(['Volunteers']);
    // Not at the no-break space of a number's thousands: "10 000" stays on one line.
    expect(wrapWords('Волонтёрские организации на 10\u00a0000 жителей', 30)).toEqual([
      'Волонтёрские организации на',
      '10\u00a0000 жителей',
    ]);
    const svg = mapPicture(document, {
      features,
      classification,
      legendTitle: 'Число волонтёров: выполнение цели 2026 года, %',
      legend,
      nameOf: (code) => code,
      credit: 'Карта деректері © amCharts',
    });
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.slice(0, 2).map((t) => t.textContent)).toEqual(['Число волонтёров: выполнение', 'цели 2026 года, %']);
    expect(Number(texts[2]?.getAttribute('y'))).toBeGreaterThan(Number(texts[1]?.getAttribute('y')));
    // The credit in the words it is given (the page's language), last.
    expect(texts.at(-1)?.textContent).toBe('Карта деректері © amCharts');
  });
});
