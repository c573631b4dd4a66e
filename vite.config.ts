/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

/**
 * src/main.tsx imports the app (src/start.tsx) dynamically so that it runs after the first paint; this
 * preloads the app's code from index.html all the same, so it loads in parallel with the page as static
 * imports would.
 */
const preloadApp = (): Plugin => ({
  name: 'fom:preload-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle, chunk }) {
      if (!bundle || !chunk) return [];
      const js = new Set<string>();
      const visit = (file: string) => {
        const output = bundle[file];
        if (!output || output.type !== 'chunk' || js.has(file)) return;
        js.add(file);
        output.imports.forEach(visit);
      };
      const isApp = (file: string) => {
        const output = bundle[file];
        return output?.type === 'chunk' && /[\\/]src[\\/]start\.tsx$/.test(output.facadeModuleId ?? '');
      };
      chunk.dynamicImports.filter(isApp).forEach(visit);
      const already = new Set([chunk.fileName, ...chunk.imports]);
      const tags: HtmlTagDescriptor[] = [];
      for (const file of js) if (!already.has(file)) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' });
      return tags;
    },
  },
});

/**
 * CommonJS packages (react, react-dom and the scheduler; some of recharts') are bundled each as one
 * function, `__commonJSMin((exports, module) => { …the whole package… })`, run when first required.
 * V8 compiles a function lazily, on the main thread when it is first called, unless it looks invoked at
 * once: a parenthesised `function` expression is compiled with its module as that streams in, off the
 * main thread. Chromium 156 does not do so for the parenthesised arrow: requiring react, react-dom and
 * the scheduler took 62 ms of the main thread with the arrow and 29 ms with a function expression (the
 * react chunk alone in a page, median of 10 loads, 1× CPU). It had been start-up's longest task: on the
 * overview at phone size, one of 56–122 ms after the first paint in each of 10 loads; with the function,
 * none over 50 ms in 8 of 10. The wrapper's body uses neither `this` nor `arguments`, and is strict code
 * either way (a module's), so the two are the same function.
 */
export const eagerCommonJs = (): Plugin => ({
  name: 'fom:eager-commonjs',
  apply: 'build',
  renderChunk(code) {
    // Before minification: the wrappers as rolldown writes them. The minifier keeps function expressions.
    const eager = code.replace(/__commonJSMin\(\(\((exports(?:, module)?)\) => \{/g, '__commonJSMin((function($1) {');
    return eager === code ? null : { code: eager, map: null };
  },
});

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), preloadApp(), eagerCommonJs()],
  // The server renderer (`vite build --ssr`, dist/server/) needs no copy of public/, and bundles its
  // dependencies (React's production build among them): dist/ runs without node_modules.
  publicDir: isSsrBuild ? false : 'public',
  ssr: { noExternal: true },
  resolve: {
    alias: [
      // Leaflet's ES module build, not its UMD file (package.json "main"): bundled as CommonJS, the UMD's
      // whole library is one function that V8 parses on the main thread when the map's chunk first runs
      // (~37 ms of one task on a phone-sized /regions at full speed). A module's top level is compiled
      // while it streams in, off the main thread.
      { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' },
    ],
  },
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // One style sheet, linked from index.html: a first screen rendered by the server for any page (the
    // wall, a region) is styled from its first paint, instead of waiting for that page's chunk to bring
    // its CSS (it came unstyled and jumped: layout shift 0.4–0.9). ~10 KB gzip, one request.
    cssCodeSplit: false,
    // Map and chart libraries get their own chunks; the first screen needs neither.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React first: a group also takes its modules' dependencies, so without this the leaflet group
            // swallowed react and react-dom (react-leaflet's) and the entry had to load all of Leaflet.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)/ },
            { name: 'recharts', test: /node_modules[\\/](recharts|d3-|victory-vendor|decimal\.js-light|es-toolkit|@reduxjs|redux|immer|reselect)/ },
            { name: 'msw', test: /node_modules[\\/](msw|@mswjs|@bundled-es-modules|graphql|outvariant|strict-event-emitter|headers-polyfill|is-node-process|cookie|@open-draft|path-to-regexp|tough-cookie|until-async|rettime|type-fest)/ },
          ],
        },
      },
    },
  },
  test: {
    pool: 'threads',
    maxWorkers: 2,
    restoreMocks: true,
    // Generous: CI shares two cores between Vitest workers and the build; a slow test is not a failed one.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/component/setup.ts'] },
      },
    ],
  },
}));
