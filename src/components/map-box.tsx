/**
 * The map in the regional composite (region-choropleth.tsx): the regions' shapes, fetched once, drawn
 * as a Leaflet choropleth, or what stands in for it when the shapes cannot be had (a message and a
 * retry). Only this part needs Leaflet and the shapes, so it is a chunk of its own (lazy-map-box.tsx);
 * the composite's summary, legend and ranked list are plain markup the server renders with the numbers.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { escapeHtml } from '../lib/escape-html';
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { ChoroplethMap, type ChoroplethMapProps } from './choropleth-map';
import { geometryQueryOptions } from './geometry-query';

const messages = defineMessages({
  kk: {
    mapFailed: 'Картаны жүктеу мүмкін болмады.',
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    library: 'Интерактивті карталарға арналған JavaScript кітапханасы',
  },
  ru: {
    mapFailed: 'Карту не удалось загрузить.',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    library: 'JavaScript-библиотека для интерактивных карт',
  },
  en: {
    mapFailed: 'The map could not be loaded.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    library: 'A JavaScript library for interactive maps',
  },
});

/** The credit line as Leaflet's attribution (HTML): the catalog's text, escaped, with amCharts a link. */
const creditHtml = (text: string): string => escapeHtml(text).replace('amCharts', '<a href="https://www.amcharts.com/">amCharts</a>');

/** The map's props but its shapes and the words this box gives it in the page's language. */
export type MapBoxProps = Omit<ChoroplethMapProps, 'features' | 'zoomInTitle' | 'zoomOutTitle' | 'libraryTitle'>;

export const MapBox = (props: MapBoxProps): ReactElement => {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const geo = useQuery(geometryQueryOptions());
  if (geo.data) {
    return (
      <ChoroplethMap
        features={geo.data}
        attribution={creditHtml(common('mapCredit'))}
        zoomInTitle={t('zoomIn')}
        zoomOutTitle={t('zoomOut')}
        libraryTitle={t('library')}
        {...props}
      />
    );
  }
  return (
    <div className="fom-rc__map-status" role={geo.error ? 'alert' : undefined}>
      {geo.error ? (
        <>
          <p>{t('mapFailed')}</p>
          <button type="button" className="button" onClick={() => void geo.refetch()}>
            {common('retry')}
          </button>
        </>
      ) : (
        <p>{common('loading')}</p>
      )}
    </div>
  );
};
