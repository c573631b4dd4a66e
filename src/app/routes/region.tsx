/**
 * `/regions/:code`: one region — KPI tiles against the country (first: plain HTML, they paint before
 * any chart or map chunk), the region on the map, the direction breakdown, the monthly trend against
 * the national per-capita trend, the top organisations and recent activity. An unknown or malformed
 * code gets a not-found page listing the 20 regions.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { RegionCode, type Region } from '../../api/contract';
import { BelowFirstScreen } from '../../components/below-first-screen';
import { KeptRegions, useMeta } from '../../api/meta-query';
import { Panel } from '../../components/panel';
import { OrganizationsPanel } from '../../features/organizations/components/organizations-panel';
import { regionQueryOptions } from '../../api/regions-query';
import { RegionActivityPanel } from '../../features/regions/components/region-activity-panel';
import { RegionBreadcrumb } from '../../features/regions/components/region-breadcrumb';
import { RegionDirectionsPanel } from '../../features/regions/components/region-directions-panel';
import { RegionFacts } from '../../features/regions/components/region-facts';
import { RegionKpiTiles } from '../../features/regions/components/region-kpi-tiles';
import { RegionMapPanel } from '../../features/regions/components/region-map-panel';
import { RegionNotFound } from '../../features/regions/components/region-not-found';
import { regionsMessages } from '../../features/regions/messages';
import { RegionTrendPanel } from '../../features/regions/components/region-trend-panel';
import { RegionRoadmapPanel } from '../../features/roadmap/components/region-roadmap-panel';
import { summaryQueryOptions } from '../../api/summary-query';
import { commonMessages } from '../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../lib/i18n/i18n-context';
import { capitalise } from '../../lib/i18n/messages';
import { useMapView } from '../../lib/view-state';
import { PageHeader } from '../shell/page-header';

export const RegionPage = ({ params }: { params: Record<string, string> }) => {
  const code = params.code ?? '';
  const t = useMessages(commonMessages);
  const meta = useMeta();
  const wellFormed = RegionCode.safeParse(code).success;
  const listed = meta.data?.regions.find((r) => r.code === code);
  // A region this page has shown stays on it when a later /meta leaves it out: the reader keeps what was
  // on screen, told that the API's list no longer has it, rather than a "Region not found" in its place
  // (a list that lost a region in one poll is more likely a faulty answer than a region abolished).
  const [shown, setShown] = useState<Region | undefined>(listed);
  if (listed && listed !== shown) setShown(listed);
  const region = listed ?? (shown?.code === code ? shown : undefined);
  const kept = useMemo(() => (!listed && region ? [region] : []), [listed, region]);

  if (!wellFormed || (meta.data && !region)) return <RegionNotFound code={code} regions={meta.data?.regions} />;
  if (!meta.data || !region) {
    return (
      <Panel
        id="region-meta"
        title={code}
        queries={[
          { error: meta.error, hasData: false, isFetching: meta.isFetching, dataUpdatedAt: meta.dataUpdatedAt, refetch: meta.refetch },
        ]}
        skeleton={<p className="page-loading">{t('loading')}</p>}
      >
        {null}
      </Panel>
    );
  }
  return (
    <KeptRegions value={kept}>
      <RegionView key={code} code={code} region={region} unlisted={!listed} />
    </KeptRegions>
  );
};

interface RegionViewProps {
  code: string;
  /** The region as /meta lists it, or as it last listed it (then kept in the list for every panel: KeptRegions). */
  region: Region;
  /** True when the latest /meta no longer lists the region. */
  unlisted: boolean;
}

const RegionView = ({ code, region, unlisted }: RegionViewProps) => {
  const { locale } = useI18n();
  const meta = useMeta();
  const view = useMapView();
  const detail = useQuery({
    ...regionQueryOptions(code, { period: view.period, compare: view.compare }),
    placeholderData: keepPreviousData,
  });
  const national = useQuery({ ...summaryQueryOptions({ period: view.period, compare: view.compare }), placeholderData: keepPreviousData });
  const t = useMessages(regionsMessages);
  if (!meta.data) return null;
  const name = region.name[locale];

  return (
    <>
      <PageHeader
        // A heading starts with a capital, a Russian official name with its generic word: «Область Ұлытау».
        // In the breadcrumb, among other names, the name is as it is written.
        title={capitalise(name)}
        before={<RegionBreadcrumb name={name} />}
        invalidParams={view.invalid}
        period={view.period}
        compare={view.compare}
      >
        <RegionFacts region={region} />
      </PageHeader>
      {unlisted ? (
        <p className="notice" role="status" data-testid="region-unlisted">
          {t('regionUnlisted', { name, code })}
        </p>
      ) : null}
      <RegionKpiTiles
        region={region}
        detail={detail}
        national={national}
        meta={meta.data}
        compare={view.compare}
        direction={view.direction}
      />
      <BelowFirstScreen>
        <div className="region-page__grid">
          <RegionMapPanel
            period={view.period}
            compare={view.compare}
            direction={view.direction}
            metric={view.metric}
            focusCode={code}
            showList={false}
            mapHeight="22rem"
          />
          <RegionDirectionsPanel regionName={name} code={code} detail={detail} meta={meta.data} />
        </div>
        <RegionTrendPanel
          regionName={name}
          code={code}
          population={region.population}
          detail={detail}
          national={national}
          meta={meta.data}
        />
        <RegionRoadmapPanel code={code} />
        <div className="region-page__grid region-page__grid--wide-first">
          <OrganizationsPanel region={code} meta={meta.data} />
          <RegionActivityPanel code={code} meta={meta.data} />
        </div>
      </BelowFirstScreen>
    </>
  );
};
