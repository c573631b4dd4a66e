/**
 * Whether an address is the wall's: the one the router's `/wall` route matches ("/wall", "/wall/"), no
 * other, so a not-found page such as /wall/x is not started as a wall. On its own, without the router or
 * the wall's configuration, so the entry (src/main.tsx) can ask it before the first paint at the cost of
 * a few bytes.
 */
export const isWallPath = (pathname: string): boolean => /^\/wall\/?$/.test(pathname);
