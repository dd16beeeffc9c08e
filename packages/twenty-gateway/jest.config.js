module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'twenty-gateway',
};
