// Each way the API can fail gets its own plain-words message in kk, ru and en, naming panel and endpoint;
// the request timeout defaults to 15 s (driven here by fake timers).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from '../../src/api/client';
import { RuntimeConfig } from '../../src/config/runtime-config';
import { describeError } from '../../src/lib/describe-error';
import { errorMessages, type ErrorMessageKey } from '../../src/lib/error-messages';
import { createFormatter } from '../../src/lib/i18n/format';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { translate, type Translate } from '../../src/lib/i18n/messages';

afterEach(() => {
  vi.useRealTimers();
});

const tFor =
  (locale: Locale): Translate<ErrorMessageKey> =>
  (key, params) =>
    translate(errorMessages, locale, createFormatter(locale), key, params);

const errors = {
  network: new ApiError({ kind: 'network', endpoint: '/summary', message: 'x' }),
  timeout: new ApiError({ kind: 'timeout', endpoint: '/summary', message: 'x', timeoutMs: 15_000 }),
  http500: new ApiError({
    kind: 'http',
    endpoint: '/summary',
    message: 'x',
    status: 500,
    problem: { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'database unreachable' },
  }),
  http404: new ApiError({ kind: 'http', endpoint: '/regions/KZ-99', message: 'x', status: 404 }),
  http503: new ApiError({ kind: 'http', endpoint: '/summary', message: 'x', status: 503 }),
  invalidJson: new ApiError({ kind: 'invalidJson', endpoint: '/summary', message: 'x', status: 200 }),
  schema: new ApiError({ kind: 'schema', endpoint: '/summary', message: 'x', status: 200, field: 'kpis[0].series' }),
  notModified: new ApiError({ kind: 'http', endpoint: '/summary', message: 'x', status: 304 }),
  wrongPeriod: new ApiError({ kind: 'wrongPeriod', endpoint: '/summary', message: 'x', status: 200, answered: '2019-01 – 2019-03' }),
};

describe('failure messages', () => {
  it('are distinct for each kind of failure, in every language, and name the panel and the endpoint', () => {
    for (const locale of LOCALES) {
      const t = tFor(locale);
      const texts = Object.values(errors).map((e) => describeError(e, 'KPIs', t));
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) {
        expect(text).toContain('KPIs');
        expect(text).toMatch(/\/summary|\/regions\/KZ-99/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('say it in plain words, quoting the problem document as text', () => {
    const en = tFor('en');
    expect(describeError(errors.network, 'KPIs', en)).toBe('“KPIs” could not be loaded: the server cannot be reached (/summary).');
    expect(describeError(errors.timeout, 'KPIs', en, { hasData: true })).toBe(
      '“KPIs” could not be updated: the server did not answer within 15 seconds (/summary).',
    );
    expect(describeError(errors.http500, 'KPIs', en)).toBe(
      '“KPIs” could not be loaded: the server had an internal error (error 500, /summary). The server says: “Internal Server Error: database unreachable”',
    );
    expect(describeError(errors.http503, 'KPIs', en)).toContain('temporarily unavailable');
    expect(describeError(errors.http404, 'KPIs', en)).toContain('has no such data');
    expect(describeError(errors.invalidJson, 'KPIs', en)).toContain('not valid JSON');
    expect(describeError(errors.schema, 'KPIs', en)).toContain('“kpis[0].series”');
    // A 304 to a request with no copy to compare was "the server refused the request (error 304)".
    expect(describeError(errors.notModified, 'KPIs', en)).toBe(
      '“KPIs” could not be loaded: the server answered “not modified” to a request that had no copy to compare (error 304, /summary).',
    );
    expect(describeError(errors.wrongPeriod, 'KPIs', en)).toBe(
      '“KPIs” could not be loaded: the answer is for 2019-01 – 2019-03, not the period asked (/summary).',
    );
    expect(describeError(new Error('boom'), 'KPIs', en)).toBe('“KPIs” could not be shown because of an unexpected error.');
  });

  it('use the right plural of "seconds" in Russian', () => {
    const ru = tFor('ru');
    const timeout = (seconds: number) => new ApiError({ kind: 'timeout', endpoint: '/meta', message: 'x', timeoutMs: seconds * 1000 });
    expect(describeError(timeout(1), 'Мета', ru)).toContain('за 1 секунду');
    expect(describeError(timeout(3), 'Мета', ru)).toContain('за 3 секунды');
    expect(describeError(timeout(15), 'Мета', ru)).toContain('за 15 секунд');
    expect(describeError(timeout(21), 'Мета', ru)).toContain('за 21 секунду');
  });

  it('shorten a huge problem detail', () => {
    const huge = new ApiError({
      kind: 'http',
      endpoint: '/meta',
      message: 'x',
      status: 502,
      problem: { type: 'about:blank', title: 'Bad Gateway', status: 502, detail: 'x'.repeat(5000) },
    });
    expect(describeError(huge, 'Meta', tFor('en')).length).toBeLessThan(500);
  });
});

describe('request timeout', () => {
  it('defaults to 15 seconds and fails with a timeout error naming it', async () => {
    vi.useFakeTimers();
    const config = RuntimeConfig.parse({});
    expect(config.requestTimeoutSeconds).toBe(15);
    // A server that never answers: the request ends only when the client aborts it.
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = createApiClient({ baseUrl: 'http://api.test/api/v1', timeoutMs: config.requestTimeoutSeconds * 1000, fetch: hanging });
    let settled: unknown = 'pending';
    const request = client.get('summary').then(
      () => 'resolved',
      (error: unknown) => error,
    );
    void request.then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(14_900);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    const error = await request;
    expect(error).toBeInstanceOf(ApiError);
    if (!(error instanceof ApiError)) return;
    expect([error.kind, error.timeoutMs]).toEqual(['timeout', 15_000]);
    expect(describeError(error, 'National indicators', tFor('en'))).toBe(
      '“National indicators” could not be loaded: the server did not answer within 15 seconds (/summary).',
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer as soon as the answer is read', async () => {
    vi.useFakeTimers();
    const ok: typeof fetch = () => Promise.resolve(new Response('{"nonsense": true}', { status: 200 }));
    const client = createApiClient({ baseUrl: 'http://api.test/api/v1', timeoutMs: 15_000, fetch: ok });
    const read = expect(client.get('meta')).rejects.toMatchObject({ kind: 'schema' });
    await vi.advanceTimersByTimeAsync(0); // requests are sent in a task of their own
    await read;
    expect(vi.getTimerCount()).toBe(0);
  });
});
