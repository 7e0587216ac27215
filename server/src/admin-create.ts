/**
 * npm run admin:create -- --username <name> --name <display name>
 * Creates a platform administrator in the database of DATABASE_URL (or the embedded SQLite file of
 * DATA_DIR). The password comes from ADMIN_PASSWORD, or else the first line of standard input
 * (never an argument: arguments show in `ps` and shell history).
 */
import { openDataSource } from './db/data-source';
import { createPlatformAdministrator } from './admin';
import { AppError } from './shared/errors';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (input shown; or set ADMIN_PASSWORD): ');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

async function main() {
  const username = arg('username');
  const name = arg('name');
  if (!username || !name) {
    console.error('Usage: npm run admin:create -- --username <username> --name <name>   (password from ADMIN_PASSWORD or standard input)');
    process.exit(2);
  }
  const password = await readPassword();
  const ds = await openDataSource({ url: process.env.DATABASE_URL });
  try {
    const r = await createPlatformAdministrator(ds, { username, name, password });
    console.log(`Platform administrator "${r.username}" created. Log in at the UI and create the other accounts there.`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  const fields = e instanceof AppError && Array.isArray(e.extensions.fields) ? ` (${(e.extensions.fields as string[]).join(', ')})` : '';
  console.error(`admin:create failed: ${e instanceof Error ? e.message : String(e)}${fields}`);
  process.exit(1);
});
