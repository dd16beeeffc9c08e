module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'manifest-check',
};
