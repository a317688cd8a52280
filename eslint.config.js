// Lint: typescript-eslint's recommended rules plus the type-aware ones that catch what review misses
// (a promise nobody awaits, a promise where a callback is expected, unused code).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', '.meltano/**', 'generated/**', 'transforms/target/**', 'bench/out/**'] },
  js.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node-tap's top-level t.test(...) is awaited by the runner itself
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafePromises: [{ from: 'package', package: '@tapjs/core', name: 'PromiseWithSubtest' }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // untyped JSON (FHIR resources, Singer messages read back in tests) is read as `any` on purpose
      '@typescript-eslint/no-explicit-any': 'off',
      // control characters are what the sanitising expressions look for
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
