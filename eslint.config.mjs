import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.twenty/**',
      '**/.nx/**',
      '**/coverage/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/strict-boolean-expressions': [
        'error',
        { allowString: false, allowNumber: false, allowNullableObject: true },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'graphql',
                'twenty-sdk*',
                'twenty-client-sdk*',
              ],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:domain'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'],
            },
            { sourceTag: 'type:host', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: ['type:domain'],
            },
            {
              sourceTag: 'type:seeds',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data-access'],
            },
            {
              sourceTag: 'type:sandbox',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:data-access',
                'type:seeds',
                'type:host',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/__tests__/**',
      '**/*.spec.ts',
      '**/*.test.ts',
      '**/*.integration-test.ts',
    ],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
