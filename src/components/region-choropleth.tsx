/**
 * The regional map as every page shows it: a text summary (highest, lowest, median in words), the
 * choropleth of the 20 units, its legend, and a ranked list of the regions that keyboard and
 * screen-reader users go through in order. Legend, map and list are linked: hovering or focusing one
 * highlights the matching class or region in the others. Enter or a click on a region calls `onSelect`.
 *
 * Everything but the map is plain markup that the server renders with the page's numbers: the summary,
 * legend and list are read (and are the largest text on a phone's first screen) before any script has
 * run. The map itself, with Leaflet and the shapes, is a chunk of its own created when its box comes
 * near the viewport (lazy-map-box.tsx). Changing `values` (another metric, direction or period)
 * recolours the same map in place: the map is never remounted, so zoom, focus and the page stay as
 * they were.
 */
import './region-choropleth.css';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState, type CSSProperties, type MouseEvent } from 'react';
import type { Region } from '../api/contract';
import { classify, classPaint, swatchCss, type ClassKey, type ValueEntry } from '../lib/choropleth';
import { compareText } from '../lib/i18n/collate';
import { commonMessages } from '../lib/i18n/common-messages';
import { groupsFourDigits } from '../lib/i18n/format';
import { useI18n, useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { isPlainClick } from '../lib/router';
import { PictureButtons, type PictureInfo } from './picture-buttons';
import { ChoroplethLegend, legendRows } from './choropleth-legend';
import { geometryQueryOptions } from './geometry-query';
import type { ChoroplethRegion } from './choropleth-map';
import { LazyMapBox } from './lazy-map-box';

const messages = defineMessages({
  kk: {
    mapLabel: 'Карта: {metric}, өңірлер бойынша',
    summary: 'Ең жоғары мән: {high} ({highValue}). Ең төменгі: {low} ({lowValue}). Медиана: {median} ({medianValue}).',
    summaryEven:
      'Ең жоғары мән: {high} ({highValue}). Ең төменгі: {low} ({lowValue}). Медиана: {medianValue} (қатардың ортасында: {upperMiddle} және {median}).',
    summaryNone: 'Бұл көрсеткіш бойынша бірде-бір өңірде деректер жоқ.',
    noDataCount: { one: '{count} өңір бойынша деректер жоқ.', other: '{count} өңір бойынша деректер жоқ.' },
    rank: '{total} өңір ішінде {rank}‑орын',
    listTitle: 'Өңірлер рейтингі: {metric}',
    skipMap: 'Картаны өткізіп, өңірлер тізіміне өту',
    skipMapToLegend: 'Картаны өткізіп, оның шартты белгілеріне өту',
  },
  ru: {
    mapLabel: 'Карта: {metric} по регионам',
    summary: 'Наибольшее значение: {high} ({highValue}). Наименьшее: {low} ({lowValue}). Медиана: {median} ({medianValue}).',
    summaryEven:
      'Наибольшее значение: {high} ({highValue}). Наименьшее: {low} ({lowValue}). Медиана: {medianValue} (в середине ряда: {upperMiddle} и {median}).',
    summaryNone: 'Ни по одному региону нет данных для этого показателя.',
    noDataCount: {
      one: 'Нет данных по {count} региону.',
      few: 'Нет данных по {count} регионам.',
      many: 'Нет данных по {count} регионам.',
      other: 'Нет данных по {count} региона.',
    },
    rank: '{rank}‑е место из {total}',
    listTitle: 'Рейтинг регионов: {metric}',
    skipMap: 'Пропустить карту и перейти к списку регионов',
    skipMapToLegend: 'Пропустить карту и перейти к её легенде',
  },
  en: {
    mapLabel: 'Map: {metric} by region',
    summary: 'Highest: {high} ({highValue}). Lowest: {low} ({lowValue}). Median: {median} ({medianValue}).',
    summaryEven:
      'Highest: {high} ({highValue}). Lowest: {low} ({lowValue}). Median: {medianValue} (the middle of the ranking: {upperMiddle} and {median}).',
    summaryNone: 'No region has data for this indicator.',
    noDataCount: { one: 'No data for {count} region.', other: 'No data for {count} regions.' },
    rank: 'Rank {rank} of {total}',
    listTitle: 'Regions ranked: {metric}',
    skipMap: 'Skip the map to the list of regions',
    skipMapToLegend: 'Skip the map to its legend',
  },
});

/** Regions sharing the highest or lowest value named in the summary; more are counted ("9 regions"). */
const MAX_NAMED_TIES = 3;

export interface RegionChoroplethProps {
  /** One value per region; null is "no data". Keep the same array while nothing changed (useMemo). */
  values: ReadonlyArray<ValueEntry>;
  /** The regions from /meta; names are shown in the current language, as text only. */
  regions: ReadonlyArray<Region>;
  /** A value with its unit, e.g. 1234 → "1 234 volunteers"; used in the tooltip, summary and list. */
  formatValue: (value: number) => string;
  /** A bare value (no unit) for legend bounds and the ranked list, whose title names the metric; defaults to the number with up to one decimal. */
  formatLegendValue?: (value: number, options: { groupFourDigits: boolean }) => string;
  /** The value written on each region (`showValueLabels`), short; the summary and tooltips keep `formatValue`. */
  formatLabelValue?: (value: number) => string;
  /** Name of what is shown, e.g. "Volunteers per 10 000 residents": legend title and the map's name. */
  metricLabel: string;
  /** A region chosen on the map or in the list; without it (the wall) the map is a picture and the list plain text. */
  onSelect?: (code: string) => void;
  /** Where a region's page is, so the list's entries are real links (open in a new tab works). */
  hrefOf?: (code: string) => string;
  /** Zoom to this unit and outline it (a region page); the whole country otherwise. */
  focusCode?: string | null;
  /** Permanent value labels on the map (wall displays). */
  showValueLabels?: boolean;
  /** Background tiles (config.mapTileUrl); none by default, the map works offline. */
  tileUrl?: string | null;
  /**
   * Decimals the values are shown with (0 for counts, 1 for rates and percentages): regions are classed as
   * they are shown, and the legend names the shown values each class holds. Whole numbers are taken as
   * counts without it.
   */
  decimals?: number;
  /** A value no class may straddle (100 for progress to a target): see `ClassifyOptions.breakAt`. */
  breakAt?: number;
  /** Height of the map box, a CSS length; 28rem by default, 20rem on phones. */
  mapHeight?: string;
  /**
   * The ranked list under the map; leave it on except where another table lists the regions. 'static': the
   * list without links or buttons, where there is nothing to click (a wall display).
   */
  showList?: boolean | 'static';
  /** Offer the map as a PNG and SVG picture with this title, source and date (not on wall displays). */
  picture?: PictureInfo;
}

interface ListEntry {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
  key: ClassKey;
}

export const RegionChoropleth = ({
  values,
  regions,
  formatValue,
  formatLegendValue,
  formatLabelValue,
  metricLabel,
  onSelect,
  hrefOf,
  focusCode = null,
  showValueLabels = false,
  tileUrl = null,
  decimals,
  breakAt,
  mapHeight,
  showList = true,
  picture,
}: RegionChoroplethProps) => {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const listId = useId();
  const listTitleId = useId();
  const legendId = useId();
  const [highlightedClass, setHighlightedClass] = useState<ClassKey | null>(null);
  const [activeCode, setActiveCode] = useState<string | null>(null);

  // Quantile classes: counts across regions are skewed (Almaty and Astana hold a third of the volunteers),
  // and equal steps would paint 16 of the 20 regions alike. Breaks stay round (2 digits).
  const classification = useMemo(
    () => classify(values, { method: 'quantile', classes: 5, decimals, breakAt }),
    [values, decimals, breakAt],
  );

  // Map units in name order (tab order on the map), names in the current language.
  const mapRegions = useMemo<ChoroplethRegion[]>(
    () =>
      regions
        .map((r) => ({ code: r.code, name: r.name[locale], centre: { lat: r.centre.lat, lon: r.centre.lon } }))
        .sort((a, b) => compareText(locale)(a.name, b.name)),
    [regions, locale],
  );
  const nameOf = useMemo(() => new Map(mapRegions.map((r) => [r.code, r.name])), [mapRegions]);

  const valueText = useCallback(
    (value: number | null): string => (value === null ? common('noData') : formatValue(value)),
    [common, formatValue],
  );
  const valueLabel = useCallback((code: string) => valueText(classification.valueOf(code)), [valueText, classification]);
  const shortValueLabel = useMemo(
    () =>
      formatLabelValue
        ? (code: string) => {
            const value = classification.valueOf(code);
            return value === null ? common('noData') : formatLabelValue(value);
          }
        : undefined,
    [formatLabelValue, classification, common],
  );
  const rankLabel = useCallback(
    (code: string) => {
      const rank = classification.rankOf(code);
      return rank === null ? '' : t('rank', { rank: String(rank), total: String(classification.ranked) });
    },
    [classification, t],
  );
  // The list and the legend are columns of numbers: with five-digit values among them, four-digit ones are
  // grouped too ("9 985" under "11 118", not "9985", its thousands under the other's space).
  const groupFourDigits = groupsFourDigits([classification.highest?.value, classification.lowest?.value]);
  const legendValue = useCallback(
    (value: number) =>
      formatLegendValue
        ? formatLegendValue(value, { groupFourDigits })
        : format.number(
            value,
            decimals === undefined ? { maxFractionDigits: 1, groupFourDigits } : { fractionDigits: decimals, groupFourDigits },
          ),
    [formatLegendValue, format, decimals, groupFourDigits],
  );

  // The list: highest first, "no data" last, ties by name.
  const entries = useMemo<ListEntry[]>(
    () =>
      mapRegions
        .map((r) => ({
          code: r.code,
          name: r.name,
          value: classification.valueOf(r.code),
          rank: classification.rankOf(r.code),
          key: classification.classOf(r.code),
        }))
        .sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0)),
    [mapRegions, classification],
  );

  const summary = (() => {
    const { highest, lowest, median } = classification;
    if (!highest || !lowest || !median) return t('summaryNone');
    const name = (code: string) => nameOf.get(code) ?? code;
    // Every region at the top (or bottom) value, in the list's order: one named alone passed for the only
    // one, and was not even the list's first ("Karaganda (3)" of three regions with 3).
    const sharing = (value: number) => {
      const codes = entries.filter((e) => e.value === value).map((e) => e.code);
      return codes.length > MAX_NAMED_TIES ? common('regionsCount', { count: codes.length }) : format.list(codes.map(name));
    };
    // The middle of the list as it is shown: regions tied at the value shown are in the list's order there,
    // which the median's own pair need not follow ("the middle of the ranking" named the 12th and 13th).
    const ranked = entries.filter((e) => e.value !== null);
    const half = Math.floor(ranked.length / 2);
    const [middle, nextToMiddle] = ranked.length % 2 === 1 ? [ranked[half]] : [ranked[half], ranked[half - 1]];
    const text = t(nextToMiddle ? 'summaryEven' : 'summary', {
      high: sharing(highest.value),
      highValue: formatValue(highest.value),
      low: sharing(lowest.value),
      lowValue: formatValue(lowest.value),
      median: name(middle?.code ?? ''),
      medianValue: formatValue(median.value),
      // Highest first, as in the list.
      upperMiddle: name(nextToMiddle?.code ?? ''),
    });
    const missing = classification.noData.count;
    return missing > 0 ? `${text} ${t('noDataCount', { count: missing })}` : text;
  })();

  const linkRegion = (code: string | null) => {
    setActiveCode(code);
    setHighlightedClass(code === null ? null : classification.classOf(code));
  };

  const onItemClick = (event: MouseEvent<HTMLElement>, code: string) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onSelect?.(code);
  };

  // The legend's words, on the page and in the map's picture alike.
  const legendLabels = { noData: common('noData'), count: (count: number) => common('regionsCount', { count }) };
  const queryClient = useQueryClient();
  // Drawn when asked, from the shapes (fetched now if the map has not been drawn yet) and this classification.
  const drawPicture = async () => {
    const [features, { mapPicture }] = await Promise.all([queryClient.fetchQuery(geometryQueryOptions()), import('../lib/map-picture')]);
    const legend = legendRows(classification, legendValue, legendLabels).map((row) => ({ ...row, count: legendLabels.count(row.count) }));
    return mapPicture(document, {
      features,
      classification,
      legendTitle: metricLabel,
      legend,
      nameOf: (code) => nameOf.get(code) ?? code,
      credit: common('mapCredit'),
    });
  };

  const style = mapHeight ? ({ '--fom-map-height': mapHeight } as CSSProperties) : undefined;

  return (
    <div className="fom-rc" style={style}>
      <p className="fom-rc__summary" data-testid="map-summary">
        {summary}
      </p>
      <div className="fom-rc__main">
        <div className="fom-rc__map">
          {/* The map is ~25 Tab stops (its regions, zoom buttons, attribution): a way past it, to the list of
              regions, or to the legend where there is no list (a region's page). */}
          <a className="fom-rc__skip" href={`#${showList === true ? listId : legendId}`}>
            {showList === true ? t('skipMap') : t('skipMapToLegend')}
          </a>
          <LazyMapBox
            regions={mapRegions}
            classification={classification}
            valueLabel={valueLabel}
            shortValueLabel={shortValueLabel}
            rankLabel={rankLabel}
            onSelect={onSelect}
            highlightedClass={highlightedClass}
            onHighlightClass={setHighlightedClass}
            activeCode={activeCode}
            onActiveChange={setActiveCode}
            focusCode={focusCode}
            showValueLabels={showValueLabels}
            tileUrl={tileUrl}
            ariaLabel={t('mapLabel', { metric: metricLabel })}
          />
        </div>
        <ChoroplethLegend
          id={legendId}
          className="fom-rc__legend"
          classification={classification}
          formatValue={legendValue}
          labels={legendLabels}
          title={metricLabel}
          highlightedClass={highlightedClass}
          onHighlightClass={setHighlightedClass}
        />
      </div>
      {picture ? (
        <div className="fom-rc__downloads" role="group" aria-label={`${common('downloadMap')}: ${picture.title}`}>
          <span aria-hidden="true">{common('downloadMap')}</span>
          <PictureButtons info={picture} svg={drawPicture} />
        </div>
      ) : null}
      {showList ? (
        <div className="fom-rc__ranking">
          <p className="fom-rc__list-title" id={listTitleId}>
            {t('listTitle', { metric: metricLabel })}
          </p>
          <ol className="fom-rc__list" id={listId} aria-labelledby={listTitleId} tabIndex={-1}>
            {entries.map((entry) => {
              const active = entry.code === activeCode || entry.code === focusCode;
              const dimmed = highlightedClass !== null && entry.key !== highlightedClass && !active;
              const content = (
                <>
                  <span className="fom-rc__swatch" aria-hidden="true" style={swatchCss(classPaint(classification, entry.key))} />
                  <span className="fom-rc__rank">{entry.rank === null ? '–' : `${entry.rank}.`}</span>
                  <span className="fom-rc__name" title={entry.name}>
                    {entry.name}
                  </span>
                  <span className="visually-hidden">: </span>
                  <span className={`fom-rc__value${entry.value === null ? ' fom-rc__value--none' : ''}`}>
                    {entry.value === null ? common('noData') : legendValue(entry.value)}
                  </span>
                </>
              );
              const itemProps = {
                className: 'fom-rc__item',
                'data-list-code': entry.code,
                'data-active': active || undefined,
                'data-dimmed': dimmed || undefined,
                'aria-current': entry.code === focusCode ? ('page' as const) : undefined,
                onMouseEnter: () => linkRegion(entry.code),
                onMouseLeave: () => linkRegion(null),
                onFocus: () => linkRegion(entry.code),
                onBlur: () => linkRegion(null),
              };
              return (
                <li key={entry.code}>
                  {showList === 'static' ? (
                    <span className="fom-rc__item" data-list-code={entry.code}>
                      {content}
                    </span>
                  ) : hrefOf ? (
                    <a {...itemProps} href={hrefOf(entry.code)} onClick={(e) => onItemClick(e, entry.code)}>
                      {content}
                    </a>
                  ) : (
                    <button {...itemProps} type="button" onClick={() => onSelect?.(entry.code)}>
                      {content}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </div>
  );
};
