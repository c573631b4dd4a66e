/**
 * The app's API client, set once at start-up from the runtime config (and by each test), so query
 * definitions can stay plain functions of their parameters.
 */
import type { ApiClient } from './client';

let current: ApiClient | null = null;

export const configureApi = (client: ApiClient): void => {
  current = client;
};

export const api = (): ApiClient => {
  if (!current) throw new Error('configureApi() must run before the first query');
  return current;
};
