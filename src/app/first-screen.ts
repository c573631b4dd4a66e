/**
 * What a server that rendered the first screen (src/app/render-first-screen.tsx) hands to the app in
 * the page: the runtime config, the API answers the screen was rendered from, its language and the
 * moment it was rendered. The app starts from them instead of asking again, so its first render is the
 * HTML already on screen, and React takes that HTML over (hydrates it) instead of drawing it again.
 *
 * Carried in a `<script type="application/json">`, which is data, not code: it runs under a strict
 * Content-Security-Policy and nothing in it is ever executed or inserted as HTML.
 */
import type { QueryClient } from '@tanstack/react-query';
import { BELOW_FIRST_SCREEN_CLASS } from '../components/below-first-screen';
import { isLocale, type Locale } from '../lib/i18n/locales';

export const FIRST_SCREEN_ID = 'fom-first-screen';

export interface FirstScreen {
  /** The runtime config as /config.json would give it (validated by the app like the file). */
  config: unknown;
  /**
   * API answers by `answerKey` (src/api/client.ts), as the server's client validated them: what the
   * screen was rendered from, used by the app as they are (`firstAnswers`).
   */
  answers: Record<string, unknown>;
  /**
   * The ETag of each answer that had one, by the same key: the app's first poll of it is a conditional
   * request, which a 304 Not Modified answers without a body. A page the server sends again (see
   * src/app/render-first-screen.tsx) may be older than the app's freshness window, and its answers are
   * then confirmed at start-up this way.
   */
  etags?: Record<string, string>;
  /** The language the screen was rendered in. */
  locale: Locale;
  /** When it was rendered (ms since 1970): the answers' time of receipt and "now" for the clocks on it. */
  renderedAt: number;
}

/**
 * JSON that is safe inside a `<script>` element whatever the API sent: `<`, `>` and `&` are escaped, so
 * a hostile string such as `</script><img onerror=…>` cannot end the element; U+2028/2029 for old parsers.
 */
export const serializeFirstScreen = (first: FirstScreen): string =>
  JSON.stringify(first).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The `<script>` element to put in the page. */
export const firstScreenScript = (first: FirstScreen): string =>
  `<script type="application/json" id="${FIRST_SCREEN_ID}">${serializeFirstScreen(first)}</script>`;

/** Where the part of a page the app draws later begins. */
const BELOW_FIRST_SCREEN = `<div class="${BELOW_FIRST_SCREEN_CLASS}"`;

/**
 * The `<head>` markup that holds a rendered page's first paint until the parts that would move if drawn
 * half-parsed are whole. When the HTML arrives in pieces (a slow network, a busy server) the browser
 * draws what it has parsed:
 * - the header's tools stand at its right edge, so each control still to come pushed those already drawn
 *   to the left;
 * - a `<select>` cut among its options widens as the rest come, and the controls beside it moved (the
 *   regions' map panel: its tools, right of its title, 454 → 905 px wide at 1280 px, in CI);
 * - the wall's rows are centred on its screen, so each row still to come moved those above it up.
 * Further down, what comes later mostly adds to the page; holding every page until its whole screen was
 * parsed put its first paint later (the roadmap's median 412 against 360 ms in 8 interleaved loads each),
 * while the selects of the part the server renders end 2–5 KB after the header.
 *
 * `<link rel="expect" blocking="render">` (Chromium 124 and later; other browsers draw as before) holds
 * the paint until the element it names is parsed. Chromium lifts the hold at that element's start tag, so
 * each part is named by the first element with an id after it: the header by `<main>`, the selects by
 * whatever follows the last of them, the wall (its whole screen) by the data script after the root. A
 * name the page lacks would hold the paint until the document ends.
 */
export const firstPaintHold = (html: string, wall: boolean): string => {
  const next = wall ? FIRST_SCREEN_ID : afterHeaderAndSelects(html);
  return next ? `<link rel="expect" href="#${next}" blocking="render">` : '';
};

/**
 * The id of the first element after the page's header and the last `<select>` of the part the server
 * renders; the data script's if none is before the part the app draws later (whose HTML, in a
 * `<noscript>`, is text to a browser running scripts: an id in it would never be parsed as an element).
 */
const afterHeaderAndSelects = (html: string): string | null => {
  const main = html.indexOf(' id="main"');
  if (main === -1) return null;
  const below = html.indexOf(BELOW_FIRST_SCREEN);
  const end = below === -1 ? html.length : below;
  const lastSelect = html.lastIndexOf('</select>', end);
  // React escapes `"` in attribute values and `<` in text, so ` id="` inside a start tag is an attribute.
  const startTagWithId = /<[a-z][^>]*?\sid="([^"]+)"/g;
  startTagWithId.lastIndex = html.lastIndexOf('<', Math.max(main, lastSelect));
  const found = startTagWithId.exec(html);
  return found && found.index < end ? (found[1] ?? null) : FIRST_SCREEN_ID;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what the server embedded; null when the page was served without a first screen (or it is unreadable). */
export const readFirstScreen = (doc: Document): FirstScreen | null => {
  const text = doc.getElementById(FIRST_SCREEN_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || !isRecord(parsed.answers) || !isLocale(parsed.locale) || typeof parsed.renderedAt !== 'number') return null;
    const first: FirstScreen = { config: parsed.config, answers: parsed.answers, locale: parsed.locale, renderedAt: parsed.renderedAt };
    // Only strings are ETags; anything else is left out (those answers are then asked for in full).
    if (isRecord(parsed.etags)) {
      first.etags = Object.fromEntries(
        Object.entries(parsed.etags).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    }
    return first;
  } catch {
    return null;
  }
};

/**
 * Dates every answer in the cache to the moment the first screen was rendered, on the server and in the
 * browser alike: both then show the same ages and "last updated" times, and the age is honest (the
 * answers are as old as the server's request, not the app's start).
 */
export const dateFirstAnswers = (queryClient: QueryClient, renderedAt: number): void => {
  for (const query of queryClient.getQueryCache().getAll()) {
    if (query.state.status === 'success') queryClient.setQueryData(query.queryKey, query.state.data, { updatedAt: renderedAt });
  }
};
