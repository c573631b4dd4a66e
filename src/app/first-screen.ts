/**
 * What a server that rendered the first screen (src/app/render-first-screen.tsx) hands to the app in
 * the page: the runtime config and the API answers the screen was rendered from. The app starts from
 * them instead of asking again, so its first render shows the same numbers the HTML already shows.
 *
 * Carried in a `<script type="application/json">`, which is data, not code: it runs under a strict
 * Content-Security-Policy and nothing in it is ever executed or inserted as HTML.
 */
export const FIRST_SCREEN_ID = 'fom-first-screen';

export interface FirstScreen {
  /** The runtime config as /config.json would give it (validated by the app like the file). */
  config: unknown;
  /** API answers by `answerKey` (src/api/client.ts), each validated by the app like any other answer. */
  answers: Record<string, unknown>;
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads what the server embedded; null when the page was served without a first screen (or it is unreadable). */
export const readFirstScreen = (doc: Document): FirstScreen | null => {
  const text = doc.getElementById(FIRST_SCREEN_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || !isRecord(parsed.answers)) return null;
    return { config: parsed.config, answers: parsed.answers };
  } catch {
    return null;
  }
};
