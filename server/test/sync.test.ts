import { codes, demoIds, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';
import { toGlobalId } from '../src/shared/global-id';

/**
 * 增量同步 (issue 14 item 6): a day of changes replayed in order with changes(since:), paged with
 * after:, each record as the reader may read it now, deletions and transfers out as tombstones, and
 * a county's key seeing its county only.
 */
const clock = new TestClock();
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let syncKey: string;
let dirKey: string;
let statsKey: string;

const CHANGES = `query($since: DateTimeISO, $after: String, $types: [ChangeType!], $first: Int) {
  changes(since: $since, after: $after, types: $types, first: $first) {
    endCursor hasMore
    changes { cursor changedAt type operation tombstone id node { id ... on Teacher { name school { code } } ... on BusinessAccount { role } } }
  } }`;

const START = '2022-10-03T08:00:00+08:00';

async function key(name: string, scopes: string[], countyId?: string) {
  const r = await h
    .as('admin')
    .query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name, scopes, countyId } });
  expect(r.errors).toBeUndefined();
  return `ApiKey ${r.data!.createApiKey.secret}`;
}

async function must(login: string, q: string, v: Record<string, unknown> = {}) {
  const r = await h.as(login).query(q, v);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

let peerNid: string;
let deletedAccount: string;

beforeAll(async () => {
  clock.set(START);
  h = await seededHarness('sync', clock);
  ids = await demoIds(h);
  const taipei = Number((await h.ds.query("SELECT county_id AS id FROM unit WHERE code = 'DC-TPE'"))[0].id);
  syncKey = await key('taipei school system', ['TEACHER_SYNC'], toGlobalId('County', taipei));
  dirKey = await key('directory', ['DIRECTORY_READ']);
  statsKey = await key('stats', ['STATISTICS_READ']);
  [{ national_id: peerNid }] = await h.ds.query(
    'SELECT national_id FROM teacher WHERE id = (SELECT MIN(id) FROM teacher WHERE school_id = ? AND id <> ?)',
    [ids.raw.demoSchool, ids.raw.teacherDemo],
  );

  // a day of changes, an hour apart
  const step = () => clock.set(new Date(clock.now().getTime() + 3600_000).toISOString());
  step();
  await must('teacher.demo', 'mutation { updateMyProfile(input: { phone: "02-2345-6789" }) { id } }'); // 1 Taipei teacher
  step();
  // teacher.other (another county) transfers into the demo school in Taipei
  const [{ national_id: otherNid }] = await h.ds.query('SELECT national_id FROM teacher WHERE id = ?', [ids.raw.teacherOther]);
  const ask = await must('chief.demo', 'mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }', {
    n: otherNid,
    to: ids.demoSchool,
  });
  step();
  await must('chief.other', 'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status } }', { id: ask.transferTeacher.id });
  step();
  // a Taipei teacher transfers out to the other county
  const out = await must('chief.other', 'mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }', {
    n: peerNid,
    to: ids.otherSchool,
  });
  step();
  await must('chief.demo', 'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status } }', { id: out.transferTeacher.id });
  step();
  // an account of the demo school deleted
  deletedAccount = ids.operatorDemo;
  const del = await h.as('admin').query('mutation($id: ID!) { deleteBusinessAccount(id: $id) { id } }', { id: deletedAccount });
  expect(del.errors).toBeUndefined();
}, 300_000);

afterAll(() => h.stop());

async function all(auth: string, vars: Record<string, unknown>, first = 2) {
  const out: any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r: any = await h.raw(
      CHANGES,
      { ...vars, first, ...(after ? { after } : { since: START }) },
      auth.startsWith('ApiKey') ? auth : `Bearer ${await h.token(auth)}`,
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data.changes.changes);
    after = r.data.changes.endCursor;
    if (!r.data.changes.hasMore) return { entries: out, endCursor: after };
  }
  throw new Error('no end');
}

describe(`changes (${dbLabel()})`, () => {
  it('the platform replays the day in order, page by page, each record as it is now; the deleted account is a tombstone', async () => {
    const { entries } = await all('admin', {});
    const ops = entries.map((e) => e.operation);
    // in the order they happened (cursor order = time order)
    expect(ops).toEqual(
      expect.arrayContaining([
        'updateMyProfile',
        'transferTeacher',
        'acceptTeacherTransfer',
        'transferTeacherOut',
        'deleteBusinessAccount',
      ]),
    );
    const times = entries.map((e) => new Date(e.changedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(ops.indexOf('updateMyProfile')).toBeLessThan(ops.indexOf('acceptTeacherTransfer'));
    // the same replay in one page is the same list
    const one = await h.as('admin').query(CHANGES, { since: START, first: 500 });
    expect(one.data!.changes.changes.map((e: any) => e.cursor)).toEqual(entries.map((e) => e.cursor));
    const gone = entries.filter((e) => e.id === deletedAccount);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((e) => e.tombstone === 'DELETED' && e.node === null)).toBe(true);
    const profile = entries.find((e) => e.operation === 'updateMyProfile');
    expect(profile).toMatchObject({ type: 'TEACHER', tombstone: null, id: ids.teacherDemo, node: { id: ids.teacherDemo } });
    // nothing before since
    expect(entries.every((e) => new Date(e.changedAt).getTime() >= new Date(START).getTime())).toBe(true);
  });

  it("a county's TEACHER_SYNC key sees its county only: the teacher who came in, and the one who left as OUT_OF_SCOPE", async () => {
    const { entries, endCursor } = await all(syncKey, {});
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => ['SCHOOL', 'TEACHER', 'TEACHER_PLAN'].includes(e.type))).toBe(true);
    const came = entries.find((e) => e.operation === 'acceptTeacherTransfer');
    expect(came).toMatchObject({ id: ids.teacherOther, tombstone: null, node: { school: { code: '020001' } } });
    const left = entries.find((e) => e.operation === 'transferTeacherOut');
    expect(left).toMatchObject({ type: 'TEACHER', tombstone: 'OUT_OF_SCOPE', node: null });
    // the other county's side of the transfers is not in the feed
    expect(entries.filter((e) => e.operation === 'transferTeacherOut')).toHaveLength(1);
    expect(entries.some((e) => e.type === 'BUSINESS_ACCOUNT')).toBe(false);
    // nothing of the reader's own leaks by name: the tombstone has no record
    expect(JSON.stringify(entries)).not.toContain(peerNid);
    // caught up: the next call from endCursor is empty and keeps the cursor
    const next = await h.raw(CHANGES, { after: endCursor }, syncKey);
    expect(next.data!.changes).toEqual({ endCursor, hasMore: false, changes: [] });
    // a change after that comes next
    clock.set(new Date(clock.now().getTime() + 3600_000).toISOString());
    await must('teacher.demo', 'mutation { updateMyProfile(input: { phone: "02-2345-0000" }) { id } }');
    const later = await h.raw(CHANGES, { after: endCursor }, syncKey);
    expect(later.data!.changes.changes.map((e: any) => [e.operation, e.id])).toEqual([['updateMyProfile', ids.teacherDemo]]);
  });

  it('who may follow what: kinds beyond the reader are refused, others get nothing', async () => {
    const dir = await all(dirKey, {});
    expect(dir.entries.every((e) => e.type === 'SCHOOL')).toBe(true);
    const wide = await h.raw(CHANGES, { since: START, types: ['TEACHER'] }, dirKey);
    expect(wide.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['types'] });
    expect(codes(await h.raw(CHANGES, { since: START }, statsKey))).toEqual(['FORBIDDEN']);
    for (const who of ['teacher.demo', 'chief.demo', 'operator.univ', 'analyst']) {
      expect(codes(await h.as(who).query(CHANGES, { since: START }))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await h.anonymous().query(CHANGES, { since: START }))).toEqual(['UNAUTHENTICATED']);
    // the district follows its county
    const district = await h.as('district.taipei').query(CHANGES, { since: START, first: 500 });
    expect(district.errors).toBeUndefined();
    expect(district.data!.changes.changes.some((e: any) => e.operation === 'transferTeacherOut')).toBe(true);
  });

  it('bad input is coded and names its field', async () => {
    const field = async (v: Record<string, unknown>) => (await h.as('admin').query(CHANGES, v)).errors![0].extensions!.fields;
    expect(await field({})).toEqual(['since']);
    expect(await field({ since: START, first: 0 })).toEqual(['first']);
    expect(await field({ since: START, first: 501 })).toEqual(['first']);
    expect(await field({ after: 'not-a-cursor' })).toEqual(['after']);
    expect(codes(await h.as('admin').query(CHANGES, { since: 'yesterday' }))).toEqual(['BAD_USER_INPUT']);
  });
});
