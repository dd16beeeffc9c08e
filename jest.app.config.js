// Unit tests of the app package itself (workflows, objects, seeds); packages have their own.
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'app',
  // twenty-sdk's runtime utilities load the ESM-only uuid package: let SWC turn it into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!uuid/)'],
  roots: ['<rootDir>/workflows', '<rootDir>/objects'],
};
