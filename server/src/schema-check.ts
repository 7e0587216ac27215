/**
 * npm run schema:check: compares schema.graphql with schema.released.graphql (the contract partners
 * build on) and fails on a breaking change unless schema-changes.json lists it as intended.
 * Dangerous changes (e.g. a new enum value) are printed, not fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { projectRoot } from './db/data-source';

export interface SchemaCheck {
  breaking: string[];
  intended: string[];
  unintended: string[];
  dangerous: string[];
}

export function checkSchema(releasedSdl: string, currentSdl: string, intended: string[]): SchemaCheck {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const breaking = findBreakingChanges(released, current).map((c) => `${c.type}: ${c.description}`);
  const dangerous = findDangerousChanges(released, current).map((c) => `${c.type}: ${c.description}`);
  const unintended = breaking.filter((b) => !intended.some((i) => b.includes(i)));
  return { breaking, intended: breaking.filter((b) => !unintended.includes(b)), unintended, dangerous };
}

function main() {
  const root = projectRoot();
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  const intendedFile = path.join(root, 'schema-changes.json');
  const intended: string[] = fs.existsSync(intendedFile)
    ? (JSON.parse(fs.readFileSync(intendedFile, 'utf8')).intendedBreakingChanges ?? [])
    : [];
  const r = checkSchema(read('schema.released.graphql'), read('schema.graphql'), intended);
  for (const d of r.dangerous) console.log(`dangerous (allowed): ${d}`);
  for (const i of r.intended) console.log(`breaking, marked intended: ${i}`);
  for (const u of r.unintended) console.error(`BREAKING: ${u}`);
  if (r.unintended.length) {
    console.error(
      `\n${r.unintended.length} breaking change(s) against schema.released.graphql. Deprecate instead (docs/API.md), or list them in schema-changes.json "intendedBreakingChanges" with a reason.`,
    );
    process.exit(1);
  }
  console.log(`schema check: no unintended breaking change (${r.dangerous.length} dangerous, ${r.intended.length} intended).`);
}

if (require.main === module) main();
