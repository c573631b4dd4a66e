/**
 * Serves the production build (dist/) the way a real host would: SPA fallback to index.html, gzip,
 * optional security headers, and a /config.json chosen on the command line — so one build can be
 * tested against the service-worker demo and against the HTTP demo API, and under a strict CSP.
 * With an HTTP API, pages come with their first screen rendered (src/app/render-first-screen.tsx):
 * the numbers are in the HTML; `--no-first-screen` serves the plain page, as a static host would.
 *
 *   tsx tests/tools/serve-dist.ts --port 4173 [--api http://127.0.0.1:8787/api/v1] [--csp] [--refresh 60] [--no-first-screen]
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APP_CODE_REL, APP_STYLE_LENGTH, APP_STYLE_REL } from '../../src/app/app-code';
import type { FirstScreenRequest, FirstScreenHtml, FirstScreenUnavailable } from '../../src/app/render-first-screen';
import { classesInMarkup, indexStyleSheet, styleSubset, type IndexedStyleSheet } from '../../src/app/style-subset';

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
  /** Render each page's first screen on the server (default: yes, when the build has the renderer). */
  firstScreen?: boolean;
}

/** Where `npm run build` puts the server renderer (`vite build --ssr`); never served as a file. */
const SERVER_DIR = 'server';

interface Renderer {
  renderFirstScreen: (request: FirstScreenRequest) => Promise<FirstScreenHtml | FirstScreenUnavailable | null>;
  /** The status a request's page will have, when a page was rendered for it before (see serveDist's page handling). */
  expectedStatus: (request: FirstScreenRequest) => 200 | 404 | null;
  isFirstScreen: (page: FirstScreenHtml | FirstScreenUnavailable) => page is FirstScreenHtml;
  /** The status of a page sent without its first screen: 404 for an address the app does not know. */
  plainPageStatus: (url: string) => 200 | 404;
  /** Where an address in the wrong case is redirected (`/regions/kz-62` → `/regions/KZ-62`), or null. */
  canonicalLocation: (url: string) => string | null;
}

const loadRenderer = async (root: string): Promise<Renderer | null> => {
  const file = join(root, SERVER_DIR, 'render-first-screen.js');
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as Renderer;
};

/** The build's one style sheet, as index.html links it: a first screen's page carries the part it uses inline. */
export interface StyleSheet {
  /** The `<link rel="stylesheet">` element in index.html. */
  link: string;
  /** The sheet, read once to be cut to each page (src/app/style-subset.ts). */
  index: IndexedStyleSheet;
}

/** index.html's style sheet, read from the build; null when there is none or it cannot be inlined safely. */
export const readStyleSheet = (root: string, template: string): StyleSheet | null => {
  const link = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(template);
  if (!link?.[1]) return null;
  const css = readFileSync(join(root, link[1]), 'utf8');
  // Inside <style> only "</style" could end the element early; our own build never writes it.
  return /<\/style/i.test(css) ? null : { link: link[0], index: indexStyleSheet(css) };
};

/** Text for HTML markup: `<title>` decodes character references and ends only at "</title". */
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/**
 * index.html with a rendered first screen in its root and the data it was rendered from after it.
 * - The style sheet comes inline: a linked one is a second round trip before anything can be painted
 *   (the browser asks for it only once the HTML, rendered on the server, has arrived). In the interleaved
 *   loads the first numbers came 30–80 ms sooner. Only the rules the page's elements can match come
 *   (4–15 KB of the sheet's ~50, which the browser parsed whole before going on with the page; see
 *   src/app/style-subset.ts) with a stand-in for each run of the others, and the page lists the whole sheet
 *   right after them, inert (APP_STYLE_REL): once the page has been painted, src/main.tsx puts the runs in
 *   their stand-ins' places from its text, and starts the app once the inline sheet is whole.
 * - The config travels in that data, so the page no longer preloads /config.json; nor does it preload
 *   the app's code: compiling it competed with the first paint. Its links stay, inert (APP_CODE_REL), and
 *   src/main.tsx turns them into preloads once the page has been painted.
 * - The `<title>` names the page in its language, as the app then keeps it (a region's name is data: escaped).
 * - The first paint waits for the parts that would move if drawn half-parsed (screen.head, firstPaintHold in src/app/first-screen.ts).
 */
export const withFirstScreen = (template: string, screen: FirstScreenHtml, styleSheet: StyleSheet | null, styleNonce?: string): string => {
  const { html, css } = styleNonce ? moveInlineStyles(screen.html) : { html: screen.html, css: '' };
  const nonce = styleNonce ? ` nonce="${styleNonce}"` : '';
  const page = template
    .replace(/<html lang="[a-z]+"/, `<html lang="${screen.lang}"${screen.htmlClass ? ` class="${screen.htmlClass}"` : ''}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(screen.title)}</title>`)
    .replace(/\s*<!--[^>]*-->\s*<link rel="preload" href="\/config.json"[^>]*>/, '')
    .replace(/<link rel="modulepreload"/g, `<link rel="${APP_CODE_REL}"`)
    .replace('</head>', () => `${screen.head}${css ? `<style${nonce}>${css}</style>` : ''}</head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${html}</div>${screen.script}`);
  if (!styleSheet) return page;
  const rules = styleSubset(styleSheet.index, classesInMarkup(page));
  return page.replace(
    styleSheet.link,
    () =>
      `<style${nonce}>${rules}</style>${styleSheet.link.replace('rel="stylesheet"', `rel="${APP_STYLE_REL}" ${APP_STYLE_LENGTH}="${styleSheet.index.length}"`)}`,
  );
};

/**
 * The plain page when the API failed while its first screen was rendered: in the reader's language, and
 * its `<noscript>` says which request failed and what to do (with scripts on, the app asks again itself).
 */
export const withUnavailable = (template: string, page: FirstScreenUnavailable): string =>
  template
    .replace(/<html lang="[a-z]+"/, `<html lang="${page.lang}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`)
    .replace(
      /<noscript>[\s\S]*?<\/noscript>/,
      () =>
        `<noscript><div class="crash-page"><h1>${escapeText(page.title)}</h1>${page.unavailable.map((line) => `<p>${escapeText(line)}</p>`).join('')}</div></noscript>`,
    );

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

/**
 * A strict Content-Security-Policy blocks `style` attributes in markup (React sets styles through the
 * DOM, which it allows, but the server writes them as attributes: bar widths, placeholder heights). Under
 * it each becomes a rule of a `<style>` element that carries the response's nonce, as strong as the
 * attribute was (`!important`, placed after the style sheets).
 */
export const moveInlineStyles = (html: string): { html: string; css: string } => {
  const rules: string[] = [];
  const out = html.replace(/ style="([^"]*)"/g, (_, value: string) => {
    const declarations = value.replace(/&(amp|quot|#x27|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
    // Only plain declarations may pass into a style sheet; anything else is dropped, not trusted.
    if (/[<>{}\\@]/.test(declarations)) return '';
    const important = declarations
      .split(';')
      .filter((d) => d.includes(':'))
      .map((d) => `${d.trim()} !important`)
      .join(';');
    rules.push(`[data-fs="${rules.length}"]{${important}}`);
    return ` data-fs="${rules.length - 1}"`;
  });
  return { html: out, css: rules.join('') };
};

/** The headers the README tells operators to set; `connect-src` lists only the configured API. */
export const securityHeaders = (apiBaseUrl: string | null, styleNonce?: string): Record<string, string> => {
  const apiOrigin = apiBaseUrl && /^https?:/.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
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

export const serveDist = async (options: ServeOptions): Promise<Server> => {
  const root = resolve(options.root ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html not found: run npm run build first`);
  const baseConfig = JSON.parse(readFileSync(join(root, 'config.json'), 'utf8')) as Record<string, unknown>;
  const config = {
    ...baseConfig,
    ...(options.apiBaseUrl ? { apiBaseUrl: options.apiBaseUrl, demo: false } : {}),
    ...(options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {}),
  };
  const extraHeaders = options.securityHeaders ? securityHeaders(options.apiBaseUrl ?? null) : {};
  const renderer = options.firstScreen === false ? null : await loadRenderer(root);
  const template = readFileSync(join(root, 'index.html'), 'utf8');
  const styleSheet = renderer ? readStyleSheet(root, template) : null;

  /** A response body, and its gzip once made: kept with what does not change (an asset, a reused page). */
  interface Payload {
    body: Buffer;
    gzip?: Buffer;
  }
  // The renderer hands back the very same screen while it is current (src/app/render-first-screen.tsx):
  // its page is composed and compressed once. Under the CSP each response has a nonce of its own.
  const composedPages = new WeakMap<FirstScreenHtml, Payload>();
  // The page without a first screen is always the same: compressed once too.
  const plainPage: Payload = { body: Buffer.from(template) };

  /** What a page's first screen is rendered for. Cookie: the rendered language follows the reader's remembered one. */
  const firstScreenRequest = (req: IncomingMessage): FirstScreenRequest => ({
    url: req.url ?? '/',
    cookie: req.headers.cookie,
    config,
    timeoutMs: 1_500,
  });

  /** A page's headers: under the CSP, with the nonce of its styles (`styleNonce`, one per response). */
  const pageHeaders = (styleNonce: string | undefined): Record<string, string> => ({
    ...(styleNonce ? securityHeaders(options.apiBaseUrl ?? null, styleNonce) : extraHeaders),
    Vary: 'Cookie',
  });

  /** The page for an address that is no file: the app, with its first screen when it can be rendered. */
  const page = async (request: FirstScreenRequest, styleNonce: string | undefined): Promise<{ status: number; payload: Payload }> => {
    const plain = { status: renderer?.plainPageStatus(request.url) ?? 200, payload: plainPage };
    if (!renderer) return plain;
    try {
      const screen = await renderer.renderFirstScreen(request);
      if (!screen) return plain;
      if (!renderer.isFirstScreen(screen)) return { ...plain, payload: { body: Buffer.from(withUnavailable(template, screen)) } };
      if (styleNonce)
        return { status: screen.status, payload: { body: Buffer.from(withFirstScreen(template, screen, styleSheet, styleNonce)) } };
      let payload = composedPages.get(screen);
      if (!payload) {
        payload = { body: Buffer.from(withFirstScreen(template, screen, styleSheet)) };
        composedPages.set(screen, payload);
      }
      return { status: screen.status, payload };
    } catch (error) {
      console.error('first screen not rendered:', error);
      return plain;
    }
  };

  // Hashed assets never change: compress each once, as a real host serves precompressed files (the
  // benchmark would otherwise time our gzip, serialised with the demo API on one event loop).
  const assets = new Map<string, Payload>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    /** Sends the response's head, saying whether the body that follows is gzipped. */
    const sendHead = (status: number, type: string, cache: string, more: Record<string, string>, gzip: boolean): void => {
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cache, ...extraHeaders, ...more };
      if (gzip) {
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
      }
      res.writeHead(status, headers);
    };
    const sendBody = (payload: Payload, gzip: boolean) => {
      if (gzip) payload.gzip ??= gzipSync(payload.body);
      res.end(gzip ? payload.gzip : payload.body);
    };
    const send = (status: number, type: string, payload: Payload, cache: string, more: Record<string, string> = {}) => {
      const gzip = gzipOk && payload.body.length > 512 && !type.startsWith('image/png');
      sendHead(status, type, cache, more, gzip);
      sendBody(payload, gzip);
    };
    if (url.pathname === '/config.json') {
      send(200, TYPES['.json'] ?? '', { body: Buffer.from(JSON.stringify(config)) }, 'no-cache');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape ("/regions/%E0%A4%A") is no file: the app answers it with a helpful page.
      pathname = '/index.html';
    }
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory() || file === join(root, 'index.html') || file.startsWith(join(root, SERVER_DIR))) {
      const canonical = renderer?.canonicalLocation(req.url ?? '/');
      if (canonical) {
        res.writeHead(301, { Location: canonical, 'Cache-Control': 'no-cache', ...extraHeaders }).end();
        return;
      }
      const styleNonce = renderer && options.securityHeaders ? randomBytes(16).toString('base64') : undefined;
      const headers = pageHeaders(styleNonce);
      // A page rendered before for this request will most likely be sent again, or rendered with the same
      // status: its head goes out at once, and the browser sets the page up (20–45 ms of its main thread
      // on the benchmark's machine) while the API confirms the answers. Against the local demo API (5–25 ms)
      // the head came after 10 ms instead of 19 and the HTML was parsed ~6 ms sooner; the first numbers
      // moved by 0–16 ms, within the noise (KZ-62, 9–11 interleaved loads each, 2026-12-06). The slower
      // the API, the more of its wait this hides. Every page is over 512 bytes: gzip is decided up front.
      const request = firstScreenRequest(req);
      const status = renderer?.expectedStatus(request) ?? null;
      if (status === null) {
        void page(request, styleNonce).then(({ status, payload }) => send(status, TYPES['.html'] ?? '', payload, 'no-cache', headers));
        return;
      }
      sendHead(status, TYPES['.html'] ?? '', 'no-cache', headers, gzipOk);
      res.flushHeaders();
      void page(request, styleNonce).then(({ status: rendered, payload }) => {
        if (rendered !== status) console.warn(`${req.url}: sent ${status}, as before, for a page that is now ${rendered}`);
        sendBody(payload, gzipOk);
      });
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = url.pathname.startsWith('/assets/');
    if (type.startsWith('image/png')) {
      res.writeHead(200, { 'Content-Type': type, ...extraHeaders });
      createReadStream(file).pipe(res);
      return;
    }
    let payload = immutable ? assets.get(file) : undefined;
    if (!payload) {
      payload = { body: readFileSync(file) };
      if (immutable) assets.set(file, payload);
    }
    send(200, type, payload, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
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
    firstScreen: !args.includes('--no-first-screen'),
  });
  console.log(`dist on http://127.0.0.1:${port}${value('--api') ? ` (API ${value('--api')})` : ' (demo worker)'}`);
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
