/**
 * Text from outside (the API, a link) made safe to put inside a sentence of ours: without the characters
 * that set the direction of what follows them (embeddings, overrides, isolates, marks). An override left
 * open in a name ran on into the sentence it was put in: "17,5 %" read ".% 5,71". Kazakh, Russian and
 * English need none of them.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Control characters (C0, DEL, C1): nothing a reader should see, and some break a line or draw a box. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

export const withoutDirectionControls = (text: string): string => text.replace(DIRECTION_CONTROLS, '');

/** Without direction controls or other control characters. */
export const plainText = (text: string): string => withoutDirectionControls(text).replace(CONTROLS, '');

/** At most `max` characters, whole ones (an emoji is not cut in half), with "…" in place of the rest. */
export const cutToCharacters = (text: string, max: number): string => {
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
};
