/**
 * Whether an address is the wall's. On its own, without the rest of the wall's configuration, so the
 * entry (src/main.tsx) can ask it before the first paint at the cost of a few bytes.
 */
export const isWallPath = (pathname: string): boolean => pathname === '/wall' || pathname.startsWith('/wall/');
