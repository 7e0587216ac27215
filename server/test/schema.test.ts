import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../src/app';

describe('the contract', () => {
  it('schema.graphql is the server schema, printed sorted (run `npm run schema:print` after changing the API)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(printAppSchema()).toBe(committed);
  });

  it('prints the same text twice (stable order)', () => {
    expect(printAppSchema()).toBe(printAppSchema());
  });
});
