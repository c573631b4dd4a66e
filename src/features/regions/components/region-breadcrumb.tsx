/** The way back from a region page: Kazakhstan › Regions › this region, each link keeping the view's filters. */
import { useMessages } from '../../../lib/i18n/i18n-context';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { Link, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { regionsMessages } from '../messages';
import '../regions.css';

export const RegionBreadcrumb = ({ name }: { name: string }) => {
  const t = useMessages(regionsMessages);
  const common = useMessages(commonMessages);
  const linkTo = useLinkWithParams();
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb')}>
      <ol>
        <li>
          <Link to={linkTo('/', CARRIED_PARAMS)}>{t('country')}</Link>
        </li>
        <li>
          <Link to={linkTo('/regions', CARRIED_PARAMS)}>{common('navRegions')}</Link>
        </li>
        <li aria-current="page">{name}</li>
      </ol>
    </nav>
  );
};
