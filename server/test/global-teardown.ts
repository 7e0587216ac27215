import fs from 'node:fs';
import { sharedInfoFile } from './db';

export default async function globalTeardown(): Promise<void> {
  fs.rmSync(sharedInfoFile(), { force: true });
}
