/** An address /directions/<id> with an id that is no direction: says so and lists the real ones. */
import { useMeta } from '../../../api/meta-query';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { Link, PageHeading, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { directionsMessages } from '../messages';
import './directions.css';

export const DirectionNotFound = ({ id }: { id: string }) => {
  const t = useMessages(directionsMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  const linkTo = useLinkWithParams();
  return (
    <div className="not-found direction-not-found">
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p>{t('notFoundBody', { id })}</p>
      <ul>
        {(meta.data?.directions ?? []).map((d) => (
          <li key={d.id}>
            <Link to={linkTo(`/directions/${d.id}`, CARRIED_PARAMS)}>{d.name[locale]}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={linkTo('/directions', CARRIED_PARAMS)}>{t('backToDirections')}</Link>
      </p>
    </div>
  );
};
