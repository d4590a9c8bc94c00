// ESLint (flat config): typescript-eslint's recommended rules for .ts and the Astro plugin's for .astro,
// plus the import boundaries of docs/architecture.md ("What must never import what"). Formatting is
// Prettier's (`npm run format`, `npm run format:check`), not ESLint's. `npm run lint` runs this.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns, relative to a file in the folder named, that reach a part the folder must not import. */
const pageParts = ['**/components/**', '**/layouts/**', '**/pages/**'];
const buildGlue = ['**/loaders/**', '**/integrations/**', '**/plugins/**'];
const astroModules = ['astro', 'astro/*', 'astro:*', '@astrojs/*'];

/** A `no-restricted-imports` rule naming the document that explains it. */
const boundary = (patterns, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: patterns, message: `${why} (docs/architecture.md, "What must never import what").` }] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test/.tmp/',
      'test-results/',
      'coverage/',
      '.dist.building-*/',
      'public/pagefind/',
      'test/fixtures/**/seeds/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    rules: {
      // Stripping control characters from text is what those regular expressions are for (cite/text.ts, atom.ts).
      'no-control-regex': 'off',
      // `/    at /` (a stack trace's indentation) reads better than `/ {4}at /`.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Browser code, and the functions tools hand to Chromium (`page.evaluate` in the bench and Lighthouse scripts).
    files: ['src/client/**', 'public/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: {
      // Tests read the fields a `beforeAll` set and the nodes a query found: `!` says "the test failed if not".
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/lib/**'],
    rules: boundary(
      [...astroModules, '**/data/**', ...pageParts, ...buildGlue, '**/client/**', '**/scripts/**'],
      'src/lib is plain functions over plain data, tested without Astro',
    ),
  },
  {
    files: ['src/client/**'],
    rules: boundary(
      ['node:*', 'astro:*', '**/data/**', '**/loaders/**', '**/integrations/**'],
      'src/client runs in the browser',
    ),
  },
  {
    files: ['src/loaders/**', 'src/integrations/**', 'src/plugins/**'],
    rules: boundary([...pageParts, '**/data/**'], 'build glue never goes through the pages'),
  },
  { files: ['src/data/**'], rules: boundary(pageParts, 'pages read data, not the other way round') },
  {
    files: ['src/components/**', 'src/layouts/**'],
    rules: boundary(['**/pages/**', ...buildGlue], 'a component is given data; it does not load the archive'),
  },
);
