/**
 * Serves the production build (dist/) the way a real host would: SPA fallback to index.html, gzip,
 * optional security headers, and a /config.json chosen on the command line — so one build can be
 * tested against the service-worker demo and against the HTTP demo API, and under a strict CSP.
 *
 *   tsx tests/tools/serve-dist.ts --port 4173 [--api http://127.0.0.1:8787/api/v1] [--csp] [--refresh 60]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface ServeOptions {
  port: number;
  root?: string;
  /** Absolute API base URL; when given the app uses it and the demo worker is off. */
  apiBaseUrl?: string | null;
  refreshSeconds?: number;
  /** Send the Content-Security-Policy and other security headers the README recommends. */
  securityHeaders?: boolean;
}

/** The headers the README tells operators to set; `connect-src` lists only the configured API. */
export const securityHeaders = (apiBaseUrl: string | null): Record<string, string> => {
  const apiOrigin = apiBaseUrl && /^https?:/.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
      "worker-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
};

export const serveDist = (options: ServeOptions): Promise<Server> => {
  const root = resolve(options.root ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html not found: run npm run build first`);
  const baseConfig = JSON.parse(readFileSync(join(root, 'config.json'), 'utf8')) as Record<string, unknown>;
  const config = {
    ...baseConfig,
    ...(options.apiBaseUrl ? { apiBaseUrl: options.apiBaseUrl, demo: false } : {}),
    ...(options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {}),
  };
  const extraHeaders = options.securityHeaders ? securityHeaders(options.apiBaseUrl ?? null) : {};

  // Hashed assets never change: compress each once, as a real host serves precompressed files (the
  // benchmark would otherwise time our gzip, serialised with the demo API on one event loop).
  const gzipped = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status: number, type: string, body: Buffer, cache: string, cacheKey?: string) => {
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cache, ...extraHeaders };
      let payload = body;
      if (gzipOk && body.length > 512 && !type.startsWith('image/png')) {
        payload = (cacheKey && gzipped.get(cacheKey)) || gzipSync(body);
        if (cacheKey) gzipped.set(cacheKey, payload);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(status, headers);
      res.end(payload);
    };
    if (url.pathname === '/config.json') {
      send(200, TYPES['.json'] ?? '', Buffer.from(JSON.stringify(config)), 'no-cache');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape ("/regions/%E0%A4%A") is no file: the app answers it with a helpful page.
      pathname = '/index.html';
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = url.pathname.startsWith('/assets/');
    if (type.startsWith('image/png')) {
      res.writeHead(200, { 'Content-Type': type, ...extraHeaders });
      createReadStream(file).pipe(res);
      return;
    }
    send(200, type, readFileSync(file), immutable ? 'public, max-age=31536000, immutable' : 'no-cache', immutable ? file : undefined);
  });
  return new Promise((ok) => server.listen(options.port, '127.0.0.1', () => ok(server)));
};

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(value('--port') ?? 4173);
  const server = await serveDist({
    port,
    apiBaseUrl: value('--api') ?? null,
    refreshSeconds: value('--refresh') ? Number(value('--refresh')) : undefined,
    securityHeaders: args.includes('--csp'),
  });
  console.log(`dist on http://127.0.0.1:${port}${value('--api') ? ` (API ${value('--api')})` : ' (demo worker)'}`);
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
