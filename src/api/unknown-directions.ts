/**
 * Directions the app does not know yet, left out of an answer before it is checked against the contract.
 * The ministry may add a direction (say "robotics") before this app is updated: its id is no DirectionId,
 * and the one entry failed the whole answer, /meta's included, so every panel stopped updating with "the
 * data does not have the expected shape at directions[10].id". Now the lists of directions (/meta's, the
 * breakdowns of /directions and /regions/{code}) go without it, as do the organisations and events in it,
 * and the answer says how many were left out, as it does of values that could not be real counts.
 * The published contract stays as it is: these are the directions the API is to send.
 */
import { DIRECTION_IDS, type EndpointId } from './contract';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const known = (id: unknown): boolean => typeof id !== 'string' || (DIRECTION_IDS as readonly string[]).includes(id);

/** Where each endpoint lists things by direction: the list's field and the field of each entry naming its direction. */
const LISTS: Partial<Record<EndpointId, { list: string; direction: string }>> = {
  meta: { list: 'directions', direction: 'id' },
  directions: { list: 'directions', direction: 'id' },
  region: { list: 'directions', direction: 'id' },
  organizations: { list: 'items', direction: 'direction' },
  activity: { list: 'events', direction: 'direction' },
};

/** `json` without entries of unknown directions (the same object when there are none), and how many were left out. */
export const withoutUnknownDirections = (endpoint: EndpointId, json: unknown): { json: unknown; left: number } => {
  const where = LISTS[endpoint];
  if (!where || !isObject(json)) return { json, left: 0 };
  const list = json[where.list];
  if (!Array.isArray(list)) return { json, left: 0 };
  const kept = list.filter((entry) => !isObject(entry) || known(entry[where.direction]));
  return kept.length === list.length ? { json, left: 0 } : { json: { ...json, [where.list]: kept }, left: list.length - kept.length };
};
