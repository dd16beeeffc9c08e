// The manifest and chart tests read the app Nx built before them (.twenty/output). The timeout
// is generous so that a loaded machine slows them down without failing them. twenty-sdk's CommonJS entry points
// require `uuid`, which ships ESM only: let SWC turn it into CommonJS (jest can
// only require ESM natively with --experimental-vm-modules).
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'e2e',
  testTimeout: 180000,
  transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
};
