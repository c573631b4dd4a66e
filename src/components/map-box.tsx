/**
 * The map in the regional composite (region-choropleth.tsx): the regions' shapes, fetched once, drawn
 * as a Leaflet choropleth, or what stands in for it when the shapes cannot be had (a message and a
 * retry). Only this part needs Leaflet and the shapes, so it is a chunk of its own (lazy-map-box.tsx);
 * the composite's summary, legend and ranked list are plain markup the server renders with the numbers.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { commonMessages } from '../lib/i18n/common-messages';
import { useMessages } from '../lib/i18n/i18n-context';
import { defineMessages } from '../lib/i18n/messages';
import { ChoroplethMap, type ChoroplethMapProps } from './choropleth-map';
import { geometryQueryOptions } from './geometry-query';

const messages = defineMessages({
  kk: { mapFailed: 'Картаны жүктеу мүмкін болмады.' },
  ru: { mapFailed: 'Карту не удалось загрузить.' },
  en: { mapFailed: 'The map could not be loaded.' },
});

export type MapBoxProps = Omit<ChoroplethMapProps, 'features'>;

export const MapBox = (props: MapBoxProps): ReactElement => {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const geo = useQuery(geometryQueryOptions());
  if (geo.data) return <ChoroplethMap features={geo.data} {...props} />;
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
