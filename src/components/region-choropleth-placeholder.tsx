/**
 * What stands in for the regional map (region-choropleth.tsx) while its panel's data loads: the same
 * boxes at the same sizes (summary lines, map, legend, the row of download buttons, the list of 20
 * regions), so nothing below moves when the map arrives. (Once the data is there, only the map box waits, for its own chunk: lazy-map-box.tsx.)
 */
import './region-choropleth.css';
import type { CSSProperties } from 'react';
import { ChoroplethLegendPlaceholder } from './choropleth-legend';
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';

export interface RegionChoroplethPlaceholderProps {
  /** The map box's height (a CSS length), as given to RegionChoropleth. */
  mapHeight?: string;
  showList?: boolean;
}

/** Rows of the list: the 20 first-level units. */
const LIST_ROWS = 20;
/** Regions in each of the map's five classes: the 20 units in quantiles. */
const TYPICAL_CLASS_COUNT = LIST_ROWS / 5;

export const RegionChoroplethPlaceholder = ({ mapHeight, showList = true }: RegionChoroplethPlaceholderProps) => {
  const t = useMessages(commonMessages);
  const style = mapHeight ? ({ '--fom-map-height': mapHeight } as CSSProperties) : undefined;
  return (
    <div className="fom-rc fom-rc--placeholder" style={style} aria-busy="true">
      <div className="fom-rc__summary" aria-hidden="true">
        <span className="skeleton fom-rc__placeholder-line" />
        <span className="skeleton fom-rc__placeholder-line" style={{ width: '45%' }} />
      </div>
      <div className="fom-rc__main">
        <div className="fom-rc__map">
          <p className="fom-rc__map-status">{t('loading')}</p>
        </div>
        <ChoroplethLegendPlaceholder className="fom-rc__legend" countText={t('regionsCount', { count: TYPICAL_CLASS_COUNT })} />
      </div>
      {/* The map's "Download the map: PNG SVG", built alike and unseen (it was 64 px the map then pushed down). */}
      <div className="fom-rc__downloads fom-rc__downloads--placeholder" aria-hidden="true">
        <span>{t('downloadMap')}</span>
        <span className="button">PNG</span>
        <span className="button">SVG</span>
      </div>
      {showList ? (
        <div aria-hidden="true">
          <p className="fom-rc__list-title">{'\u00a0'}</p>
          <ul className="fom-rc__list">
            {Array.from({ length: LIST_ROWS }, (_, i) => (
              <li key={i}>
                <span className="skeleton fom-rc__placeholder-item" />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
};
