// The demo API as a real HTTP server (no framework): `npx tsx mocks/http-server.ts`, same handlers as the worker.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { setDemoNow } from './clock';
import { API_PREFIX, handlers, problemResponse } from './handlers';

export const DEFAULT_PORT = 8787;
const HOST = '127.0.0.1';

/** CORS for every answer: the dashboard may be served from another origin (vite dev, a ministry portal). */
const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '600',
};

/** The node request as a Fetch Request, which is what msw's handlers understand. */
const toFetchRequest = (req: IncomingMessage, port: number): Request => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // The Host header decides the origin; handlers match any origin, so a missing one is harmless.
  const origin = `http://${req.headers.host ?? `${HOST}:${port}`}`;
  // HEAD is answered as GET without a body: same headers, so clients can check ETags cheaply.
  return new Request(new URL(req.url ?? '/', origin), { method: 'GET', headers });
};

const send = async (res: ServerResponse, response: Response, withBody: boolean): Promise<void> => {
  // Lower-case names throughout, so a header set by both CORS and the handler is sent once.
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers[name.toLowerCase()] = value;
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const body = withBody && response.status !== 304 ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body ?? undefined);
};

const serve = async (req: IncomingMessage, res: ServerResponse, port: number): Promise<void> => {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (method === 'OPTIONS') {
    // Preflight: the browser asks before sending If-None-Match cross-origin.
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const problem = problemResponse(405, 'Method Not Allowed', `${method} is not supported; the API is read-only`, path);
    problem.headers.set('Allow', 'GET, HEAD, OPTIONS');
    await send(res, problem, true);
    return;
  }
  try {
    decodeURIComponent(path);
  } catch {
    // msw's path matching would throw on a malformed escape: answer it as the client's mistake.
    await send(res, problemResponse(400, 'Bad Request', 'the path contains a malformed percent-escape', path), method === 'GET');
    return;
  }
  const request = toFetchRequest(req, port);
  const response =
    (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`) ? await getResponse(handlers, request) : undefined) ??
    problemResponse(404, 'Not Found', `no endpoint ${path}; the API lives under ${API_PREFIX}`, req.url ?? path);
  await send(res, response, method === 'GET');
};

/** Starts the demo API on 127.0.0.1:`port` (0 = any free port) and returns the server (listening shortly). */
export const startDemoApiServer = (port: number = DEFAULT_PORT): Server => {
  const server = createServer((req, res) => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    serve(req, res, actualPort).catch((error: unknown) => {
      // A failure while answering must not take the server down; the client gets a problem document.
      const detail = error instanceof Error ? error.message : 'unexpected error';
      if (res.headersSent) {
        res.destroy();
        return;
      }
      void send(res, problemResponse(500, 'Internal Server Error', detail, req.url ?? '/'), true);
    });
  });
  server.listen(port, HOST);
  return server;
};

/** Pins the clock from DEMO_NOW (an ISO date-time) so a recorded demo always shows the same day. */
const applyDemoNow = (value: string | undefined): void => {
  if (!value) return;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`DEMO_NOW must be an ISO date-time, got "${value}"`);
  setDemoNow(at);
};

const isMain = (): boolean => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
};

if (isMain()) {
  applyDemoNow(process.env.DEMO_NOW);
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const server = startDemoApiServer(port);
  server.on('listening', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`demo API on http://${HOST}:${actual}${API_PREFIX}`);
  });
  server.on('error', (error) => {
    console.error(`demo API could not start: ${error.message}`);
    process.exitCode = 1;
  });
}
