import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      '.portal-data',
      'test-results',
      'playwright-report',
      'test/e2e/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Portal strings are rendered as text only.',
        },
      ],
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['src/**/*.{ts,tsx}', 'test/component/**', 'test/support/**', 'portal/host/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters under the React Compiler, which this app does not use; TanStack
      // Virtual's hook would otherwise warn wherever it is called.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'portal/host/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // The switchboard is a WAI-ARIA data grid built on a real table.
      'jsx-a11y/no-noninteractive-element-to-interactive-role': [
        'error',
        { table: ['grid'], td: ['gridcell'] },
      ],
    },
  },
  {
    // Only src/bitrix/ may talk to the SDK: components never call REST.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/bitrix/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@bitrix24/b24jssdk', message: 'Only src/bitrix/ imports the SDK.' }] },
      ],
    },
  },
  prettier,
)
