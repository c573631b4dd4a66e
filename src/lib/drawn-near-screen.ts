/**
 * Parts of a page drawn only once they come near the screen (src/components/on-screen.tsx), as the hold
 * of a followed link (src/lib/in-page-links.ts) sees them. Free of React, as that hold is.
 */

/** How far outside the viewport such a part is already drawn, so it is there before it scrolls in. */
export const DRAWN_AHEAD_PX = 600;

/** Such a part not drawn yet (its place held): it changes height when it is. */
export const NOT_YET_DRAWN = '.on-screen:not([data-shown])';
