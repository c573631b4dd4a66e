/**
 * Byte accounting for the benchmark: what kind each request is, the per-route sums split into before and
 * after the first KPI numbers, and the entry JavaScript of the build (the entry chunk of index.html with
 * everything it imports statically), gzipped the way the server sends it.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ByteKind = 'js' | 'css' | 'geometry' | 'data' | 'html' | 'other';
export const BYTE_KINDS: readonly ByteKind[] = ['js', 'css', 'geometry', 'data', 'html', 'other'];

/** Data = the API and the runtime config; geometry = the region shapes under /geo/. */
export const classifyRequest = (url: string, resourceType: string): ByteKind => {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  if (path.includes('/api/v1/') || path.endsWith('/api/v1') || path === '/config.json' || resourceType === 'Preflight') return 'data';
  if (path.startsWith('/geo/')) return 'geometry';
  if (path.endsWith('.js') || path.endsWith('.mjs') || resourceType === 'Script') return 'js';
  if (path.endsWith('.css') || resourceType === 'Stylesheet') return 'css';
  if (resourceType === 'Document') return 'html';
  return 'other';
};

export interface Split {
  first: number;
  later: number;
}

export type ByteSummary = Record<ByteKind, Split>;

export const summariseBytes = (requests: readonly { kind: ByteKind; bodyBytes: number; beforeKpi: boolean }[]): ByteSummary => {
  const out = Object.fromEntries(BYTE_KINDS.map((k) => [k, { first: 0, later: 0 }])) as ByteSummary;
  for (const r of requests) {
    if (r.beforeKpi) out[r.kind].first += r.bodyBytes;
    else out[r.kind].later += r.bodyBytes;
  }
  return out;
};

export const total = (s: Split): number => s.first + s.later;

// Static imports in a minified ES module chunk: `import{a as b}from"./x.js"` or `import"./x.css"`;
// dynamic `import("./x.js")` is lazy and does not count.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

export interface EntryJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** The entry script(s) and modulepreloads of dist/index.html and their static imports, gzipped. */
export const entryJavaScript = (distDir: string): EntryJs => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((src) => src.startsWith('/'));
  const seen = new Set<string>();
  const files: EntryJs['files'] = [];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(distDir, file));
    files.push({ file, bytes: source.length, gzipBytes: gzipSync(source).length });
    for (const m of source.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1];
      if (spec) queue.push(posix.join(posix.dirname(file), spec));
    }
  }
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
};
