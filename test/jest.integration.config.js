// End-to-end tests: the built app (.twenty/output) running on the Twenty-compatible host.
// One file at a time: each starts its own host and logic-function runs are processes.
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'e2e-integration',
  testMatch: ['**/*.integration-test.ts'],
  // A guard against hangs, not a speed test: a loaded machine makes a file slower, never red.
  testTimeout: 900_000,
  maxWorkers: 1,
  transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
};
