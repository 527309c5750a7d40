// Shared Jest settings. Tests sit beside the code as *.test.ts (pure) and *.int.test.ts (real
// PostgreSQL or Redis). swc transpiles TypeScript and the ESM-only dependencies (ml-kmeans and
// its helpers, jose) to CommonJS, because Jest on Node 20 cannot load ES modules natively.
const path = require('node:path');

const esmOnly = [
  'ml-kmeans',
  'ml-spectra-processing',
  'ml-distance-euclidean',
  'ml-nearest-vector',
  'ml-array-[a-z-]+',
  'is-any-array',
  'cheminfo-types',
  'jose',
];

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: { parser: { syntax }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  testTimeout: 30000,
  reporters: [
    'default',
    [path.join(__dirname, 'scripts/jest-count-reporter.js'), {}],
  ],
};
