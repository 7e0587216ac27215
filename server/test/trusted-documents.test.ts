import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createApp, App } from '../src/app';
import { TrustedDocuments } from '../src/trusted-documents';
import { sharedDatabase, tempDir } from './db';
import { TEST_SECRET } from './harness';
import type { DataSource } from 'typeorm';

/** Trusted documents: the UI sends hashes of published documents; in required mode nothing else from it. */
const DOC = 'query Counties { counties { code name } }';
const HASH = createHash('sha256').update(DOC).digest('hex');
const dir = tempDir('persisted');
const manifest = path.join(dir, 'persisted-documents.json');
fs.writeFileSync(manifest, JSON.stringify({ [HASH]: DOC }));

let ds: DataSource;
const apps: App[] = [];
beforeAll(async () => {
  ds = await sharedDatabase();
});
afterAll(async () => {
  for (const a of apps) await a.apollo.stop();
  await ds.destroy();
});

async function appIn(mode: 'optional' | 'required') {
  const app = await createApp(ds, { tokenSecret: TEST_SECRET, persisted: { mode, documents: new TrustedDocuments(manifest) } });
  apps.push(app);
  const run = async (req: { query?: string; hash?: string }, authorization?: string) => {
    const res = await app.apollo.executeOperation(
      { query: req.query, extensions: req.hash ? { persistedQuery: { version: 1, sha256Hash: req.hash } } : undefined } as never,
      { contextValue: await app.context(authorization) },
    );
    if (res.body.kind !== 'single') throw new Error('single result expected');
    return res.body.singleResult as { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
  };
  const login = async (u: string) => {
    const r = await run({ query: `mutation { login(username: "${u}", password: "demo1234") { token } }` });
    return `Bearer ${r.data!.login.token}`;
  };
  return { run, login };
}

describe('trusted documents', () => {
  it('a published document is answered from its hash alone; an unknown hash asks for the text', async () => {
    const { run } = await appIn('optional');
    expect((await run({ hash: HASH })).data!.counties).toHaveLength(23);
    const unknown = await run({ hash: 'f'.repeat(64) });
    expect(unknown.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('callers cannot add to the published documents by registering a hash', async () => {
    const { run } = await appIn('optional');
    const other = '{ counties { id } }';
    const h = createHash('sha256').update(other).digest('hex');
    expect((await run({ query: other, hash: h })).errors).toBeUndefined();
    expect((await run({ hash: h })).errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('required: anonymous callers and the UI send only published documents; analysts and the platform may send any', async () => {
    const { run } = await appIn('required');
    const { login } = await appIn('optional'); // the UI logs in with a published document; here the text stands in
    const refused = await run({ query: '{ counties { name } }' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSISTED_DOCUMENT_REQUIRED' });
    expect(refused.data).toBeUndefined();
    expect((await run({ hash: HASH })).errors).toBeUndefined();
    expect((await run({ query: DOC })).errors).toBeUndefined(); // the published text itself
    const teacher = await run({ query: '{ counties { name } }' }, await login('teacher.demo'));
    expect(teacher.errors![0].extensions!.reason).toBe('PERSISTED_DOCUMENT_REQUIRED');
    for (const u of ['analyst', 'admin']) {
      expect((await run({ query: '{ counties { name } }' }, await login(u))).errors).toBeUndefined();
    }
  });
});
