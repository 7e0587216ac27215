const { buildArgv } = require('jest-cli');
const suites = require('./test/suites.json');

/**
 * `npm test` with no test file named runs the groups of test/suites.json (each one jest test file
 * that loads its member suites into one module registry: docs/TESTING.md, 'Groups') and the suites
 * that run alone; naming files or a path pattern (`npm test -- test/hours.test.ts`) runs the matching
 * suites as jest test files of their own, as before.
 * @type {() => Promise<import('jest').Config>}
 */
module.exports = async () => {
  const named = (await buildArgv(process.argv.slice(2)))._.length > 0;
  return {
    testEnvironment: 'node',
    roots: ['<rootDir>/src', '<rootDir>/test'],
    testMatch: named ? ['**/*.test.ts'] : ['<rootDir>/test/groups/*.group.ts', ...suites.alone.map((f) => `<rootDir>/${f}`)],
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    },
    setupFiles: ['reflect-metadata'],
    globalSetup: '<rootDir>/test/global-setup.ts',
    globalTeardown: '<rootDir>/test/global-teardown.ts',
    testTimeout: 60000,
    maxWorkers: 2,
  };
};
