// Host suite: SWC with legacy decorators. Runs on PGlite, or on PostgreSQL when DATABASE_URL is set.
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: process.env.DATABASE_URL
    ? 'twenty-host (postgres)'
    : 'twenty-host (pglite)',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: false },
        },
      },
    ],
  },
  // A guard against hangs, not a speed test: a loaded machine makes the suite slower, never red.
  testTimeout: 600_000,
};
