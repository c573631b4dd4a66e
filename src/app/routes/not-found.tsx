/** Any unknown address: says so and offers the way back, never a blank page. */
import { commonMessages } from '../../lib/i18n/common-messages';
import { useMessages } from '../../lib/i18n/i18n-context';
import { defineMessages } from '../../lib/i18n/messages';
import { Link, PageHeading, useLinkWithParams, useLocation } from '../../lib/router';

export const notFoundMessages = defineMessages({
  kk: { title: 'Бет табылмады', body: '«{path}» мекенжайында бет жоқ.', home: 'Шолуға оралу' },
  ru: { title: 'Страница не найдена', body: 'По адресу «{path}» страницы нет.', home: 'Вернуться к обзору' },
  en: { title: 'Page not found', body: 'There is no page at “{path}”.', home: 'Back to the overview' },
});

export const NotFoundPage = () => {
  const t = useMessages(notFoundMessages);
  const common = useMessages(commonMessages);
  const { pathname } = useLocation();
  const linkTo = useLinkWithParams();
  return (
    <div className="not-found">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('body', { path: pathname })}</p>
      <ul>
        <li>
          <Link to={linkTo('/', ['lang'])}>{t('home')}</Link>
        </li>
        <li>
          <Link to={linkTo('/regions', ['lang'])}>{common('navRegions')}</Link>
        </li>
      </ul>
    </div>
  );
};
