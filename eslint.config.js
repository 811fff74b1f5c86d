// @ts-check
// ESLint: typescript-eslint with type information, the React hooks rules, and the layers'
// import boundaries (docs/ARCHITECTURE.md, "The layers"). `npm run lint` runs it with
// Prettier's check; formatting itself is Prettier's job, so no stylistic rules here.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Test code in any folder: it runs in Node under Vitest (or Playwright) and may span layers. */
const TEST_GLOBS = ['**/*.test.ts', '**/testing.ts', '**/testing/**', '**/fixtures/**']
/** Test code, with the client's one Node-only test helper (it reads the locale files from disk). */
const TESTS = [...TEST_GLOBS, 'client/i18n/localeFiles.ts']

/** A relative import into a top-level folder, from anywhere below the root. */
const intoFolder = (folder) => `^(\\.\\./)+${folder}(/|$)`

const NO_CLIENT = { regex: intoFolder('client'), message: 'Only the client imports client/ (docs/ARCHITECTURE.md, "The layers").' }
const NO_SERVER = { regex: intoFolder('server'), message: 'Only the server imports server/ (docs/ARCHITECTURE.md, "The layers").' }
const NO_NODE = {
  regex: '^node:',
  message: 'shared/ runs in browsers too: no Node API (take what you need as a parameter, or put it in server/).',
}
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: NO_NODE.message }))
// Bundled into the built client and absent from the release's production dependencies, so a
// server (or shared) module that imported one would fail only once released.
const CLIENT_PACKAGES = ['tldraw', '@tldraw/assets', 'react', 'react-dom', 'react-i18next', 'y-websocket', 'y-indexeddb'].map((name) => ({
  name,
  message: 'A client-only package: the release does not install it. Import it from client/ only.',
}))

/** `no-restricted-imports` with these patterns and paths (one entry per file set: a later one replaces an earlier). */
const restrictImports = (patterns, paths = []) => ({ 'no-restricted-imports': ['error', { patterns, paths }] })

export default defineConfig(
  globalIgnores([
    'dist/',
    'release/',
    'reports/',
    'test-results/',
    'playwright-report/',
    'bench/results/',
    'data/',
    'shared/miro/fixtures/assembly/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One program per layer (its own lib and types), then the rest: each file is checked
        // in the first program that holds it, so a layer's code sees only its own platform.
        project: ['./tsconfig.shared.json', './tsconfig.server.json', './tsconfig.client.json', './tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Dropping keys by destructuring (`const { id: _id, ...rest } = record`) is how we copy
      // a value without some of its keys; an unused variable anywhere else is still an error.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Each feature adds its messages to `FeatureMessages` by declaration merging
      // (`interface FeatureMessages extends VotingMessages {}`), which needs an interface.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Off, on purpose: `async` without `await` is how a synchronous implementation meets an
      // asynchronous interface here (the SQLite store behind `BoardStore`, fakes of `fetch`),
      // and it turns a throw into a rejection as callers expect. The mistake the rule hunts
      // (a promise left unawaited) is what no-floating-promises and no-misused-promises catch.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching, expect.objectContaining)
    // are typed `any` so that they fit any expected shape; in tests this rule flags only them.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Build and test scripts in plain JavaScript: no type information to lint with.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    // The whole recommended preset, React Compiler rules included though we do not run the
    // compiler: its analysis of each component costs about a fifth of the lint's time, and it
    // finds real mistakes (state set in an effect, refs read while rendering, impure renders).
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A missing dependency is a stale value on screen: an error, like the rest.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: TESTS,
    rules: restrictImports([NO_CLIENT, NO_SERVER, NO_NODE], [...NODE_BUILTINS, ...CLIENT_PACKAGES]),
  },
  {
    files: TEST_GLOBS.map((glob) => `shared/${glob}`),
    rules: restrictImports([NO_CLIENT, NO_SERVER]),
  },
  {
    files: ['server/**/*.ts'],
    ignores: TESTS,
    rules: restrictImports([NO_CLIENT], CLIENT_PACKAGES),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: restrictImports([NO_SERVER]),
  },
)
