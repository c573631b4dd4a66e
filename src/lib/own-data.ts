/**
 * A query's data only when it is the answer to what the query asks now: with `placeholderData:
 * keepPreviousData` TanStack Query hands back the previous choice's answer (another period, region or
 * filter) while the new one is on its way, and its figures shown as the new choice's were wrong.
 */
export const ownData = <T>(query: { data: T | undefined; isPlaceholderData: boolean }): T | undefined =>
  query.isPlaceholderData ? undefined : query.data;
