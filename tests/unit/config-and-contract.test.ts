import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';
import type { MetricId } from '../../src/api/contract';
import { ConfigError, parseRuntimeConfig } from '../../src/config/runtime-config';
import { changeTone, computeChange } from '../../src/lib/change';
import { formatRefresh, nextPollDelay, parseRefresh } from '../../src/lib/refresh';

describe('runtime config', () => {
  it('accepts the shipped config.json', () => {
    const config = parseRuntimeConfig(JSON.parse(readFileSync('public/config.json', 'utf8')));
    expect(config).toMatchObject({ apiBaseUrl: '/api/v1', demo: true, defaultLocale: 'kk' });
  });

  it('names every bad field', () => {
    try {
      parseRuntimeConfig({ apiBaseUrl: 'ftp://x/', refreshSeconds: 1, defaultLocale: 'de', colour: 'red' });
      throw new Error('should not parse');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as ConfigError).problems.join('\n');
      for (const field of ['apiBaseUrl', 'refreshSeconds', 'defaultLocale', 'colour']) expect(text).toContain(field);
      // …and says what is wrong with it, in words (zod/mini says only "Invalid input" without its English locale).
      expect(text).toContain('refreshSeconds: Too small: expected number to be >=5');
      expect(text).toContain('defaultLocale: Invalid option: expected one of "kk"|"ru"|"en"');
    }
  });
});

describe('OpenAPI document', () => {
  it('is current: public/openapi.json equals what the contract generates (run npm run openapi)', () => {
    const committed: unknown = JSON.parse(readFileSync('public/openapi.json', 'utf8'));
    expect(committed).toEqual(buildOpenApiDocument());
  });

  it('describes every endpoint with a component schema', () => {
    const doc = buildOpenApiDocument() as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/activity', '/directions', '/meta', '/organizations', '/regions', '/regions/{code}', '/roadmap', '/summary', '/timeseries'].sort(),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Meta', 'Summary', 'Problem', 'RegionDetail']));
  });
});

describe('refresh policy', () => {
  it('parses the URL forms', () => {
    expect([parseRefresh('30s'), parseRefresh('1m'), parseRefresh('off'), parseRefresh('fast')]).toEqual([30_000, 60_000, null, undefined]);
    expect(formatRefresh(300_000)).toBe('5m');
    expect(formatRefresh(15_000)).toBe('15s');
  });

  it('jitters by at most 10 % and backs off on failures, capped', () => {
    expect(nextPollDelay(60_000, 0, () => 0)).toBe(54_000);
    expect(nextPollDelay(60_000, 0, () => 1)).toBe(66_000);
    expect(nextPollDelay(60_000, 1, () => 0.5)).toBe(120_000);
    expect(nextPollDelay(60_000, 9, () => 0.5)).toBe(240_000);
    expect(nextPollDelay(5_000, 9, () => 0.5)).toBe(20_000);
    expect(nextPollDelay(300_000, 9, () => 0.5)).toBe(600_000);
  });
});

describe('change', () => {
  it('computes absolute and percent change, flat within rounding', () => {
    expect(computeChange(110, 100)).toEqual({ absolute: 10, percent: 10, direction: 'up' });
    expect(computeChange(90, 100)?.direction).toBe('down');
    expect(computeChange(100000, 100001)?.direction).toBe('flat');
    expect(computeChange(5, 0)).toEqual({ absolute: 5, percent: null, direction: 'up' });
    expect(computeChange(null, 3)).toBeNull();
  });

  it('calls a rise good news except for open requests, where fewer people are waiting for help', () => {
    const up = computeChange(110, 100);
    const down = computeChange(90, 100);
    const flat = computeChange(100, 100);
    if (!up || !down || !flat) throw new Error('no change');
    const rising: MetricId[] = ['volunteers', 'organisations', 'projects', 'actions', 'peopleHelped'];
    expect(rising.map((m) => changeTone(m, up))).toEqual(Array(5).fill('better'));
    expect(changeTone('volunteers', down)).toBe('worse');
    expect(changeTone('openRequests', up)).toBe('worse');
    expect(changeTone('openRequests', down)).toBe('better');
    expect(changeTone('openRequests', flat)).toBe('flat');
  });
});
