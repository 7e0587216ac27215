import fs from 'node:fs';
import path from 'node:path';
import { dbLabel } from './db';
import { Harness } from './harness';

/** The README's example queries run as pasted (no IDs the reader does not have). */
describe(`README examples (${dbLabel()})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [i, b]))('example %i runs without an error and answers something', async (_i, doc) => {
    const r = /^\s*mutation\s*\{\s*login/.test(doc as string)
      ? await h.anonymous().query(doc as string)
      : await h.as('admin').query(doc as string);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data).length).toBeGreaterThan(20);
  });
});
