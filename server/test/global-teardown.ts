import fs from 'node:fs';
import { sharedInfoFile } from './db';

/**
 * Removes what the run left: the shared database's note and the run's temporary directory (every
 * test database under it). Never throws: jest writes its report (`--json --outputFile`) only after
 * the global teardown, so a teardown error (e.g. ENOTEMPTY while a child process still writes into
 * the directory) used to lose the whole report of a passing run.
 */
export default async function globalTeardown(): Promise<void> {
  const remove = (p: string, recursive: boolean) => {
    try {
      fs.rmSync(p, { recursive, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.warn(`global teardown: could not remove ${p}: ${(e as Error).message}`);
    }
  };
  remove(sharedInfoFile(), false);
  const tmp = process.env.INSERVICE_TEST_TMP;
  if (tmp) remove(tmp, true);
}
