/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
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
});
