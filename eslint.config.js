// Lint: type-checked TypeScript, React hooks, TanStack Query rules, and the feature boundaries of
// ../shared/STYLE.md — features never import each other or the app; shared code, the entry files (src/*.tsx)
// and the demo API (mocks) never import a feature.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['activity', 'directions', 'organizations', 'regions', 'roadmap', 'summary', 'trends', 'wall'];

export default tseslint.config(
  { ignores: ['**/.*', 'dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      // One zod in the bundle: classic zod's schemas cost ~3× more to build at start-up (src/lib/zod-config.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3', 'zod/v4/classic'].map((name) => ({
            name,
            message: "Use 'zod/mini' (see src/lib/zod-config.ts).",
          })),
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // A feature imports only shared code, never another feature.
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: compose them in src/app/routes.',
            })),
            {
              target: ['./src/features'],
              from: './src/app',
              message: 'Features do not import the app.',
            },
            {
              target: ['./src/components', './src/lib', './src/api', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not import features or the app.',
            },
            {
              target: ['./src/*.ts', './src/*.tsx'],
              from: './src/features',
              message: 'The entry files do not import features: what they ask before the app loads lives in src/lib.',
            },
            {
              target: ['./mocks'],
              from: './src/features',
              message: 'The demo API does not import features: it serves the contract (src/api), whatever the screens make of it.',
            },
            {
              target: ['./src'],
              from: ['./tests'],
              message: 'Product code does not import tests.',
            },
          ],
        },
      ],
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } } },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
