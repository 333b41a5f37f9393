import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The folder tree is the architecture (../shared/style.md §1): imports flow app, sw, server → domain;
// features → app/db, app/sync, app/api, app/ui, app/print, app/i18n; never feature → feature; the service
// worker takes only app/sync. import-x resolves every import to a file, so `../../x` tricks cannot slip
// past the way a pattern on the written path can. `test/lint/boundaries.test.ts` lints probe files that
// break each rule and expects each to fire, so a rule that silently stops working fails CI.
const features = readdirSync(fileURLToPath(import.meta.resolve('./src/app/features')), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const boundaryZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/server', './src/sw', './test', './e2e', './bench', './scripts'],
    message: 'src/domain imports only zod and other domain files.',
  },
  {
    target: './src/app',
    from: ['./src/server', './src/sw'],
    message: 'app never imports server or sw code.',
  },
  {
    target: './src/server',
    from: ['./src/app', './src/sw'],
    message: 'server never imports app or sw code.',
  },
  {
    target: './src/sw',
    from: ['./src/app', './src/server'],
    except: ['./sync'],
    message: 'The service worker imports only app/sync (and domain).',
  },
  ...features.map((name) => ({
    target: `./src/app/features/${name}`,
    from: './src/app/features',
    except: [`./${name}`],
    message: `A feature never imports another feature: move what ${name} shares to app/ui, app/api, app/db or app/sync.`,
  })),
]

const noPersonalDataInLogs = {
  selector: "CallExpression[callee.object.name='console'] Identifier[name=/^(idNumber|fullName|phone)$/]",
  message: 'Never log citizens’ ID numbers, names or phones.',
}

export default tseslint.config(
  {
    // test/lint/probes break the rules on purpose; test/lint/boundaries.test.ts lints them with ignores off.
    ignores: [
      'dist',
      'node_modules',
      'data',
      'test-results',
      'playwright-report',
      'bench/out',
      'test/lint/probes',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', noPersonalDataInLogs],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/lint/probes/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // An import the resolver cannot find would pass the zones unchecked: make it an error of its own.
      'import-x/no-unresolved': 'error',
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Domain rules are pure: time, ids and tables come in as arguments.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(?!zod($|/)|\\.{1,2}/)', message: 'src/domain imports only zod.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'indexedDB',
        'fetch',
        'process',
        'localStorage',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in as an argument.' },
        { object: 'Math', property: 'random', message: 'Pass ids in as arguments.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/sw/**'], message: 'app never imports server or sw code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/sw/**'], message: 'server never imports app or sw code.' }] },
      ],
    },
  },
  {
    // The two longest screens, over 300 lines before the rule existed: to be split, not to be copied.
    files: ['src/app/features/enrol/EnrolForm.tsx', 'src/app/features/enrol/ParticipantFields.tsx'],
    rules: { 'max-lines': 'off' },
  },
)
