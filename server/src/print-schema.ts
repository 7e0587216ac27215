/** Writes the server's schema, sorted, to schema.graphql (the committed contract). */
import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from './app';
import { projectRoot } from './db/data-source';

const file = path.join(projectRoot(), 'schema.graphql');
fs.writeFileSync(file, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
