import fs from 'node:fs';
import path from 'node:path';
import { checkSchema } from '../src/schema-check';

const released = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.released.graphql'), 'utf8');

describe('schema change management', () => {
  it('the current contract has no unintended breaking change against the released one', () => {
    const current = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    const intended = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema-changes.json'), 'utf8')).intendedBreakingChanges;
    expect(checkSchema(released, current, intended).unintended).toEqual([]);
  });

  it('finds a removed field and a narrowed argument; an addition is not breaking; a marked change passes', () => {
    const removed = released.replace(/\n {2}nationalIdMasked: String\n/, '\n');
    const r = checkSchema(released, removed, []);
    expect(r.unintended.some((b) => /nationalIdMasked was removed/.test(b))).toBe(true);
    expect(checkSchema(released, removed, ['nationalIdMasked was removed']).unintended).toEqual([]);
    const added = released.replace('type County {', 'type County {\n  population: Int');
    expect(checkSchema(released, added, []).unintended).toEqual([]);
  });
});
