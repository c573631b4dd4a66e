/**
 * The page shown when something outside any panel breaks (a page's code, the shell, start-up): it says
 * so in the user's language, keeps the address, and offers a reload and the way back. It uses no
 * context (the language provider itself may be what failed) and shows the error as plain text.
 */
import { isLocale, type Locale } from '../lib/i18n/locales';
import { rememberedLocale } from '../lib/i18n/i18n-context';
import './crash-page.css';

const TEXT: Record<Locale, { title: string; body: string; reload: string; home: string; details: string }> = {
  kk: {
    title: 'Бұл бет көрсетілмеді',
    body: 'Бақылау тақтасында күтпеген қате болды. Сілтеме мен баптаулар сақталды: бетті қайта жүктеп көріңіз.',
    reload: 'Бетті қайта жүктеу',
    home: 'Шолуға оралу',
    details: 'Техникалық мәлімет',
  },
  ru: {
    title: 'Эту страницу не удалось показать',
    body: 'В панели произошла непредвиденная ошибка. Ссылка и настройки сохранены: попробуйте перезагрузить страницу.',
    reload: 'Перезагрузить страницу',
    home: 'Вернуться к обзору',
    details: 'Технические подробности',
  },
  en: {
    title: 'This page could not be shown',
    body: 'The dashboard hit an unexpected error. Your link and settings are kept: try reloading the page.',
    reload: 'Reload the page',
    home: 'Back to the overview',
    details: 'Technical details',
  },
};

const currentLocale = (): Locale => {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return isLocale(fromUrl) ? fromUrl : (rememberedLocale() ?? 'kk');
};

export const CrashPage = ({ error }: { error: unknown }) => {
  const locale = currentLocale();
  const text = TEXT[locale];
  const lang = new URLSearchParams(window.location.search).get('lang');
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="crash-page" id="main" lang={locale}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p className="crash-page__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {text.reload}
        </button>{' '}
        <a href={lang ? `/?lang=${encodeURIComponent(lang)}` : '/'}>{text.home}</a>
      </p>
      <details>
        <summary>{text.details}</summary>
        <pre className="crash-page__details">{message}</pre>
      </details>
    </main>
  );
};
