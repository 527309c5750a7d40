import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The pure packages take plain values and a clock: no environment, storage or logger.
    files: ['packages/{models,scoring,engine}/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Pure packages take config as arguments.' }],
      'no-restricted-imports': [
        'error',
        { patterns: ['@prisma/*', 'ioredis', 'pino', '@lunajoy/db', '@lunajoy/cache'] },
      ],
    },
  },
  {
    files: ['apps/admin/src/**/*.ts', 'scripts/**', '**/*.test.ts', '**/bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
