/**
 * Runtime configuration, read from /config.json at start-up so one build serves any environment
 * (demo on a laptop, the ministry's API in production). Validated once; a bad file names each bad field.
 */
// Before any schema is built: no eval probe under the strict CSP.
import '../lib/zod-config';
import * as z from 'zod/mini';

export const LOCALES = ['kk', 'ru', 'en'] as const;

export const RuntimeConfig = z.strictObject({
  apiBaseUrl: z._default(
    z.string().check(
      z.minLength(1),
      z.refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), 'must start with "/" or "http(s)://"'),
      z.refine((v) => !v.endsWith('/'), 'must not end with "/"'),
    ),
    '/api/v1',
  ),
  demo: z._default(z.boolean(), true),
  refreshSeconds: z._default(z.int().check(z.gte(5), z.lte(3600)), 60),
  requestTimeoutSeconds: z._default(z.number().check(z.gte(1), z.lte(120)), 15),
  /**
   * How old the API's data (its `asOf`) may be before a panel warns, in minutes; at least two refresh
   * intervals apply. null: only warn when refreshing itself stops (an API with nightly data, say).
   */
  maxDataAgeMinutes: z._default(z.nullable(z.number().check(z.gte(1), z.lte(525_600))), 10),
  defaultLocale: z._default(z.enum(LOCALES), 'kk'),
  mapTileUrl: z._default(
    z.nullable(z.string().check(z.regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an https URL template with {z}, {x} and {y}'))),
    null,
  ),
});
export type RuntimeConfig = z.output<typeof RuntimeConfig>;

export class ConfigError extends Error {
  constructor(
    readonly url: string,
    readonly problems: readonly string[],
  ) {
    super(`${url}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export const parseRuntimeConfig = (raw: unknown, url = '/config.json'): RuntimeConfig => {
  const result = RuntimeConfig.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    url,
    result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`),
  );
};

export const loadRuntimeConfig = async (url = '/config.json'): Promise<RuntimeConfig> => {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new ConfigError(url, ['could not be fetched (network error)']);
  }
  if (!response.ok) throw new ConfigError(url, [`answered HTTP ${response.status}`]);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError(url, ['is not valid JSON']);
  }
  return parseRuntimeConfig(raw, url);
};
