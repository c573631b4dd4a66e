/**
 * Which SVG of a chart frame its PNG and SVG downloads take: the chart, never one of the icons that
 * recharts draws for its legend (each an `svg.recharts-surface` too, and before the chart in the page),
 * with the legend drawn into the picture so its lines can be told apart.
 */
import { render } from '@testing-library/react';
import { Legend, Line, LineChart } from 'recharts';
import { describe, expect, it } from 'vitest';
import { chartPicture, composeChartSvg, pickChartSvg } from '../../src/lib/chart-export';

const rows = [
  { month: '2026-01', region: 12, national: 10 },
  { month: '2026-02', region: 14, national: 11 },
  { month: '2026-03', region: 13, national: 12 },
];

/** A real recharts chart with a legend, at a fixed size (jsdom lays nothing out). */
const drawChart = () =>
  render(
    <div data-testid="frame">
      <LineChart width={640} height={300} data={rows}>
        <Legend />
        <Line dataKey="region" name="Ulytau Region" stroke="#225ea8" isAnimationActive={false} />
        <Line dataKey="national" name="Kazakhstan" stroke="#8a5a00" strokeDasharray="6 4" isAnimationActive={false} />
      </LineChart>
    </div>,
  ).getByTestId('frame');

/** A frame as recharts lays it out: tooltip and legend (with its icons) before the chart's surface. */
const fragment = (html: string): HTMLElement => {
  const frame = document.createElement('div');
  frame.innerHTML = html;
  return frame;
};
const ICON =
  '<svg class="recharts-surface" width="14" height="14" viewBox="0 0 32 32" aria-label="Kazakhstan legend icon"><path d="M0,16h32"/></svg>';
const LEGEND = `<div class="recharts-legend-wrapper"><ul><li class="recharts-legend-item">${ICON}<span class="recharts-legend-item-text" style="color: rgb(138, 90, 0)">Kazakhstan</span></li></ul></div>`;
const SURFACE =
  '<svg class="recharts-surface" width="600" height="280" viewBox="0 0 600 280"><g class="recharts-line"><path d="M0,0L600,280"/></g></svg>';

describe('the chart of a chart frame', () => {
  it('is the chart’s drawing surface, not the legend icon that comes first in the frame', () => {
    const frame = drawChart();
    // What the downloads used to take: the first surface in the frame, a 14 px legend icon.
    const first = frame.querySelector<SVGSVGElement>('svg.recharts-surface');
    expect(first?.closest('.recharts-legend-wrapper')).not.toBeNull();

    const chart = pickChartSvg(frame);
    expect(chart).not.toBeNull();
    expect(chart?.closest('.recharts-legend-wrapper')).toBeNull();
    expect(chart?.getAttribute('width')).toBe('640');
    expect(chart?.querySelectorAll('.recharts-line')).toHaveLength(2);
  });

  it('does not depend on the order: the chart before its legend, or a legend with no wrapper, still gives the chart', () => {
    expect(pickChartSvg(fragment(`<div class="recharts-wrapper">${SURFACE}${LEGEND}</div>`))?.getAttribute('width')).toBe('600');
    // Icons outside a legend's wrapper lose to the chart by size.
    expect(pickChartSvg(fragment(`${ICON}${ICON}<div class="recharts-wrapper">${SURFACE}</div>`))?.getAttribute('width')).toBe('600');
  });

  it('takes a picture marked data-exportable over any recharts surface, and never an SVG inside another', () => {
    const marked = '<svg data-exportable="" width="300" height="100"><svg class="recharts-surface" width="900" height="900"></svg></svg>';
    const picked = pickChartSvg(fragment(`${SURFACE}${marked}`));
    expect(picked?.hasAttribute('data-exportable')).toBe(true);
  });

  it('is none while only a placeholder or legend icons are there (the chart is not drawn yet)', () => {
    expect(pickChartSvg(fragment('<div class="chart-box"></div>'))).toBeNull();
    expect(pickChartSvg(fragment(LEGEND))).toBeNull();
    expect(chartPicture(fragment(LEGEND))).toBeNull();
  });

  it('as a picture: the chart with its legend drawn in as text and icons, the file a chart and not an icon', () => {
    const frame = drawChart();
    const picture = chartPicture(frame);
    expect(picture).not.toBeNull();
    if (!picture) return;
    expect(picture.getAttribute('width')).toBe('640');
    expect(picture.getAttribute('height')).toBe('300');
    expect(picture.querySelectorAll('.recharts-line')).toHaveLength(2);
    const names = [...picture.querySelectorAll('.picture-legend text')].map((t) => t.textContent);
    expect(names.sort()).toEqual(['Kazakhstan', 'Ulytau Region']); // both series named (order aside)
    expect(picture.querySelectorAll('.picture-legend svg')).toHaveLength(2);
    // The page's chart is left as it was.
    expect(frame.querySelector('.picture-legend')).toBeNull();

    const { svg, width } = composeChartSvg(picture, {
      title: 'Monthly trend: Ulytau Region',
      footer: ['Source: National Volunteer Front-Office'],
    });
    const file = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const chart = file.documentElement.querySelector(':scope > svg');
    expect(chart?.getAttribute('width')).toBe('640');
    expect(chart?.querySelectorAll('.recharts-line path').length).toBeGreaterThanOrEqual(2);
    expect(width).toBeGreaterThanOrEqual(640);
  });

  it('widens the picture for a title longer than the chart is wide, so the title is not cut off', () => {
    const title = 'Monthly trend: volunteers per 10,000 residents: North Kazakhstan Region, compared with the country';
    const narrow = fragment(SURFACE.replace('width="600"', 'width="300"')).querySelector('svg') as SVGSVGElement;
    const { width } = composeChartSvg(narrow, { title, footer: [] });
    // Bold 18 px letters are at least ~9 px wide on average.
    expect(width).toBeGreaterThanOrEqual(title.length * 9 + 32);
  });
});
