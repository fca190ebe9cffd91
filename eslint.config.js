import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { dependencyDirectionRule } from './tools/eslint/dependency-direction-rule.js';

export default tseslint.config(
  {
    ignores: ['**/.scratch/**', '**/dist/**', '**/.tsbuild/**', '**/node_modules/**', 'docs/site/**', '**/*.d.ts', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    plugins: { trainkit: { rules: { 'dependency-direction': dependencyDirectionRule } } },
    rules: {
      'trainkit/dependency-direction': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array with z.enum instead of a TypeScript enum.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/{core,catalog,fatigue,goals,providers}/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure packages take `asOf` from the caller.' },
        { object: 'Math', property: 'random', message: 'Pure packages are deterministic.' },
      ],
    },
  },
);
