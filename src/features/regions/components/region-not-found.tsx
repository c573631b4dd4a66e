/**
 * A region address that is not one of the 20 (unknown or malformed code): says so, and offers every
 * region as a link, keeping the view's filters, instead of an empty page.
 */
import type { Region } from '../../../api/contract';
import { byLocalisedName } from '../../../lib/i18n/collate';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { Link, PageHeading, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { regionsMessages } from '../messages';
import '../regions.css';

interface RegionNotFoundProps {
  code: string;
  /** The 20 regions from /meta; while it loads, only the link to the regions page is offered. */
  regions: readonly Region[] | undefined;
}

export const RegionNotFound = ({ code, regions }: RegionNotFoundProps) => {
  const t = useMessages(regionsMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const linkTo = useLinkWithParams();
  const sorted = byLocalisedName(regions ?? [], locale);
  return (
    <div className="not-found region-not-found">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p>{t('notFoundBody', { code })}</p>
      {sorted.length ? (
        <ul className="region-not-found__list" data-testid="region-links">
          {sorted.map((r) => (
            <li key={r.code}>
              <Link to={linkTo(`/regions/${r.code}`, CARRIED_PARAMS)}>{r.name[locale]}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to={linkTo('/regions', CARRIED_PARAMS)}>{common('navRegions')}</Link>
        {' · '}
        <Link to={linkTo('/', CARRIED_PARAMS)}>{common('navOverview')}</Link>
      </p>
    </div>
  );
};
