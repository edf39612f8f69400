// ESLint (flat config): typescript-eslint's recommended rules everywhere, and the React hooks rules for the site
// (Preact's hooks follow the same rules). Type-aware rules are left out to keep `npm run lint` fast.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built, generated and recorded files.
    ignores: ['**/dist/**', '**/.wrangler/**', 'node_modules/**', 'test/fixtures/**', 'test-results/**', 'src/worker-configuration.d.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or binding that is deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain JavaScript files are Node scripts and configs (TypeScript files get their globals from tsconfig).
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests read loosely typed JSON bodies; `any` there is a cast, not a design choice.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
