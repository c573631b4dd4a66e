/**
 * Runtime configuration, read from /config.json at start-up so one build serves any environment
 * (demo on a laptop, the ministry's API in production). Validated once; a bad file names each bad field.
 */
// Before any schema is built: no eval probe under the strict CSP.
import '../lib/zod-config';
import { z } from 'zod';

export const LOCALES = ['kk', 'ru', 'en'] as const;

export const RuntimeConfig = z
  .object({
    apiBaseUrl: z
      .string()
      .min(1)
      .refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), 'must start with "/" or "http(s)://"')
      .refine((v) => !v.endsWith('/'), 'must not end with "/"')
      .default('/api/v1'),
    demo: z.boolean().default(true),
    refreshSeconds: z.number().int().min(5).max(3600).default(60),
    requestTimeoutSeconds: z.number().min(1).max(120).default(15),
    /**
     * How old the API's data (its `asOf`) may be before a panel warns, in minutes; at least two refresh
     * intervals apply. null: only warn when refreshing itself stops (an API with nightly data, say).
     */
    maxDataAgeMinutes: z.number().min(1).max(525_600).nullable().default(10),
    defaultLocale: z.enum(LOCALES).default('kk'),
    mapTileUrl: z
      .string()
      .regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an https URL template with {z}, {x} and {y}')
      .nullable()
      .default(null),
  })
  .strict();
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
