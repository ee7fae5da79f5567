import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Dependencies point one way: model <- pipeline/i18n/hooks <- components <- app.
const VIEW_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'i18next', 'react-i18next', 'd3-selection'];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'src/generated/', 'node_modules/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is data, never markup.',
        },
      ],
    },
  },
  {
    // Hooks live in .ts files too (src/hooks, use-*.ts beside components): the rules see every file.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // A region whose box scrolls takes focus, so that the keyboard can scroll it too (axe's
      // scrollable-region-focusable); other non-interactive roles stay out of the tab order.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      // The layers of src/ point one way: model <- hooks <- components <- app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/hooks',
              from: ['./src/components', './src/app'],
              message: 'Hooks adapt the model to React: they import no view.',
            },
            { target: './src/components', from: './src/app', message: 'Views never import the app that wires them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/pipeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: VIEW_PACKAGES, message: 'The model is pure: no React, no i18next, no DOM.' },
            {
              group: ['**/components/**', '**/hooks/**', '**/app/**', '**/i18n/**'],
              message: 'The model never imports a view.',
            },
          ],
        },
      ],
    },
  },
  {
    // The extraction assistant: pure as the model (it runs in Node and in a worker), and may use
    // the corpus build's readers.
    files: ['src/extract/**'],
    ignores: ['src/extract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: VIEW_PACKAGES, message: 'The extraction assistant is pure: no React, no i18next, no DOM.' },
            {
              group: ['**/components/**', '**/hooks/**', '**/app/**', '**/i18n/**', '**/propose/**'],
              message: 'The extraction assistant never imports a view.',
            },
            { group: ['node:*'], message: 'The extraction assistant runs in a worker too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: VIEW_PACKAGES, message: 'The model is pure: no React, no i18next, no DOM.' },
            {
              group: ['**/components/**', '**/hooks/**', '**/app/**', '**/i18n/**', '**/pipeline/**'],
              message: 'The model never imports a view or the corpus build.',
            },
            { group: ['node:*'], message: 'The model runs in the browser too: no Node modules.' },
          ],
        },
      ],
    },
  },
);
