import fs from 'node:fs';
import { sharedInfoFile } from './db';

/** Removes what the run left: the shared database's note and the run's temporary directory (every test database under it). */
export default async function globalTeardown(): Promise<void> {
  fs.rmSync(sharedInfoFile(), { force: true });
  const tmp = process.env.INSERVICE_TEST_TMP;
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
