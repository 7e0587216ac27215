import path from 'node:path';
import suites from '../suites.json';

const SERVER_DIR = path.resolve(__dirname, '..', '..');

/**
 * Runs the member suites of one group (test/suites.json) in this jest test file's one module
 * registry: each suite inside a describe block named after its file, so its hooks (beforeAll,
 * afterAll, beforeEach) apply to its own tests only and its module-level variables stay its own.
 * What the members share is the server's modules, loaded and compiled once: in a test file of its
 * own, each suite loaded them again, and every query of it ran the server's code cold (the
 * members' tests took about five times as long that way).
 */
export function runGroup(name: string): void {
  const members = (suites.groups as Record<string, string[]>)[name];
  if (!members) throw new Error(`test/suites.json has no group ${name}`);
  for (const file of members) {
    describe(file, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(SERVER_DIR, file));
    });
  }
}
