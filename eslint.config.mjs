// ESLint (flat config): `npm run lint` at the root. Formatting is Prettier's (.prettierrc), not ESLint's.
// Not type-aware: on this code base the typed rules cost more than a full `tsc` (run by `npm run typecheck`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'client/src/gql/**', 'client/e2e/out/**', 'server/.gen/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or destructured property left out on purpose (`{ http: _http, ...rest }`)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The server logs through shared/log.ts (structured, scrubbed of personal data); the command-line tools print
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/db/seed/cli.ts', 'server/src/admin-create.ts', 'server/src/schema-check.ts', 'server/src/print-schema.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // Tests and the bench read GraphQL answers: JSON walked by path, checked by the assertions, not by types.
    files: ['server/test/**/*.ts', 'server/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // The pages keep an input's text in state and reset it when the URL (or the year) changes, in an
      // effect: deliberate (the URL is the truth, the text is what is being typed).
      'react-hooks/set-state-in-effect': 'off',
    },
  },
);
