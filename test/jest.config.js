// The manifest tests run the real twenty-sdk build (about 10 s, more on a busy
// machine), so they get a generous timeout. twenty-sdk's CommonJS entry points
// require `uuid`, which ships ESM only: let SWC turn it into CommonJS (jest can
// only require ESM natively with --experimental-vm-modules).
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'e2e',
  testTimeout: 180000,
  // The manifest test rebuilds .twenty/output, which the other tests read: one file at a time.
  maxWorkers: 1,
  transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
};
