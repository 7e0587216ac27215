import { isEnumType } from 'graphql';
import { buildAppSchema } from '../src/app';
import { ERROR_CODES, ERROR_REASONS } from '../src/shared/errors';
import { LABELS } from '../src/shared/labels';
import { toGlobalId } from '../src/shared/global-id';
import { auditVocabularyViolations, demoIds, Harness, Result, seededHarness } from './harness';
import { dbLabel, freshDatabase } from './db';

/**
 * Issue 10 part 3, the vocabulary in the contract: audit operations, actor kinds and target types
 * are enums with zh/en labels; every error carries `extensions.reason`, a value of ErrorReason.
 */
const enumValues = (name: string) => {
  const t = buildAppSchema().getType(name);
  if (!isEnumType(t)) throw new Error(`${name} is no enum of the schema`);
  return t
    .getValues()
    .map((v) => v.name)
    .sort();
};

describe('the vocabulary of the contract', () => {
  it.each(['AuditOperation', 'ActorKind', 'AuditTargetType'] as const)(
    '%s: the schema has exactly the labelled values, each with a Chinese and an English label',
    (name) => {
      const labels = LABELS[name] as Record<string, { zh: string; en: string }>;
      expect(enumValues(name)).toEqual(Object.keys(labels).sort());
      for (const [value, l] of Object.entries(labels)) {
        expect([value, l.zh]).toEqual([value, expect.stringMatching(/[\u3400-\u9fff]/)]);
        expect([value, l.en]).toEqual([value, expect.stringMatching(/^[A-Z][\x20-\x7e]+$/)]);
      }
    },
  );

  it('ErrorCode and ErrorReason are in the schema, though no field returns them (for the client to generate)', () => {
    expect(enumValues('ErrorCode')).toEqual(Object.keys(ERROR_CODES).sort());
    expect(enumValues('ErrorReason')).toEqual(Object.keys(ERROR_REASONS).sort());
    for (const reason of Object.keys(ERROR_REASONS)) expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('vocabulary');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const TRAIL = `query($op: AuditOperation, $after: String) {
  auditEvents(first: 100, operation: $op, after: $after) { pageInfo { endCursor hasNextPage } edges { node { operation actorKind targetType } } }
}`;

/** The first error's code, reason and fields; and every error's reason is one of ErrorReason. */
function refusal(r: Result) {
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors!) expect(Object.keys(ERROR_REASONS)).toContain(e.extensions?.reason);
  const { code, reason, fields } = r.errors![0].extensions!;
  return fields ? { code, reason, fields } : { code, reason };
}

describe(`audit trail in the vocabulary (${dbLabel()})`, () => {
  it('the operations spelled otherwise before are recorded as enum values: a bulk correction, a reference list change', async () => {
    const two = (await h.ds.query(`SELECT id FROM teacher WHERE school_id = ${ids.raw.demoSchool} ORDER BY id`)).slice(0, 2) as {
      id: number;
    }[];
    const bulk = await h.as('chief.demo').query('mutation($items: [TeacherCorrectionInput!]!) { correctTeachers(items: $items) { id } }', {
      items: two.map((t) => ({ id: toGlobalId('Teacher', Number(t.id)), title: 'FULL_TIME' })),
    });
    expect(bulk.errors).toBeUndefined();
    const ref = await h
      .as('admin')
      .query('mutation { setReferenceItem(input: { list: SUBJECT, code: "ARTS", active: true, zh: "藝術" }) { code } }');
    expect(ref.errors).toBeUndefined();

    const bulkEvents = await h.as('admin').query(TRAIL, { op: 'correctTeachersBulk' });
    expect(bulkEvents.errors).toBeUndefined();
    expect(bulkEvents.data!.auditEvents.edges.map((e: any) => e.node)).toEqual([
      { operation: 'correctTeachersBulk', actorKind: 'BUSINESS', targetType: 'Teacher' },
      { operation: 'correctTeachersBulk', actorKind: 'BUSINESS', targetType: 'Teacher' },
    ]);
    const refEvents = await h.as('admin').query(TRAIL, { op: 'setReferenceItem' });
    expect(refEvents.data!.auditEvents.edges.map((e: any) => e.node)).toEqual([
      { operation: 'setReferenceItem', actorKind: 'STAFF', targetType: 'ReferenceSubject' },
    ]);
  });

  it('the whole trail reads back through the API (an enum answers only with its values) and the stored rows are all in the vocabulary', async () => {
    let after: string | null = null;
    const seen = new Set<string>();
    do {
      const r: Result = await h.as('admin').query(TRAIL, { after });
      expect(r.errors).toBeUndefined();
      for (const e of r.data!.auditEvents.edges) seen.add(e.node.operation);
      after = r.data!.auditEvents.pageInfo.hasNextPage ? r.data!.auditEvents.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBeGreaterThan(1);
    expect(await auditVocabularyViolations(h.ds)).toEqual([]);
  });

  it('the operation filter takes enum values only: the old bulk spelling is BAD_USER_INPUT', async () => {
    expect(refusal(await h.as('admin').query(TRAIL, { op: 'correctTeachers (bulk)' }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_REQUEST',
    });
  });
});

describe(`errors carry a reason the client translates (${dbLabel()})`, () => {
  const APPLY = 'mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }';
  const application = (over: Record<string, unknown>) => ({
    unitId: ids.demoSchool,
    role: 'OPERATOR',
    name: '甲',
    nationalId: 'A123456789',
    username: 'vocab.apply',
    password: 'Passw0rd!',
    phone: '02-1111-2222',
    email: 'v@example.tw',
    ...over,
  });

  it('not found', async () => {
    const r = await h
      .as('admin')
      .query('mutation($id: ID!) { resetPassword(accountId: $id) { username } }', { id: toGlobalId('BusinessAccount', 987654) });
    expect(refusal(r)).toEqual({ code: 'NOT_FOUND', reason: 'NO_SUCH_BUSINESS_ACCOUNT' });
  });

  it('conflict: a taken username, naming the field', async () => {
    expect(refusal(await h.anonymous().query(APPLY, { input: application({ username: 'chief.demo' }) }))).toEqual({
      code: 'CONFLICT',
      reason: 'USERNAME_TAKEN',
      fields: ['username'],
    });
  });

  it('bad input: the reason with the field, and the values its text needs', async () => {
    expect(refusal(await h.anonymous().query(APPLY, { input: application({ nationalId: 'A12345678X' }) }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NATIONAL_ID_INVALID',
      fields: ['nationalId'],
    });
    const long = await h
      .as('admin')
      .query('query($q: String) { businessAccounts(first: 1, search: $q) { totalCount } }', { q: 'x'.repeat(51) });
    expect(refusal(long)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', fields: ['search'] });
    expect(long.errors![0].extensions!.maxLength).toBe(50);
    expect(refusal(await h.anonymous().query('{ nope }'))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_REQUEST' });
  });

  it('window closed: a plan of a school year whose service period is over', async () => {
    const r = await h.as('teacher.demo').query('mutation($input: TeacherPlanInput!) { saveMyTeacherPlan(input: $input) { status } }', {
      input: {
        schoolYear: 110,
        modes: ['NON_CREDIT'],
        times: ['SATURDAY'],
        places: ['OWN_SCHOOL'],
        levels: ['BASIC'],
        methods: ['LECTURE'],
        domains: [],
      },
    });
    expect(refusal(r)).toEqual({ code: 'WINDOW_CLOSED', reason: 'OUTSIDE_SERVICE_PERIOD' });
  });

  it('who may: not logged in, not permitted', async () => {
    const TRAIL_ONE = '{ auditEvents(first: 1) { totalCount } }';
    expect(refusal(await h.anonymous().query(TRAIL_ONE))).toEqual({ code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' });
    expect(refusal(await h.as('teacher.demo').query(TRAIL_ONE))).toEqual({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
  });
});

describe(`migration 1765600000000-AuditVocabulary (${dbLabel()})`, () => {
  it('gives the stored spellings that are no enum values their values, and back', async () => {
    const db = await freshDatabase('vocabulary_migration');
    const ds = await db.open();
    try {
      await ds.runMigrations();
      const insert = (operation: string, targetType: string) =>
        ds.query(
          `INSERT INTO audit_event (occurred_at, actor_kind, actor_username, actor_unit_id, operation, target_type, target_id, target_unit_id, county_id, changes)
           VALUES ('2026-01-01 00:00:00', 'STAFF', 'admin', NULL, ?, ?, NULL, NULL, NULL, '[]')`,
          [operation, targetType],
        );
      const stored = async () =>
        (await ds.query('SELECT operation, target_type AS targetType FROM audit_event ORDER BY id')).map(
          (r: any) => `${r.operation} ${r.targetType}`,
        );
      // undo the later migrations too, down to and including this one
      const undoThroughVocabulary = async () => {
        for (;;) {
          const [last] = await ds.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
          await ds.undoLastMigration();
          if (last.name === 'AuditVocabulary1765600000000') return;
        }
      };
      await undoThroughVocabulary();
      // rows written by the code before it
      await insert('correctTeachers (bulk)', 'Teacher');
      await insert('setReferenceItem', 'Reference:SUBJECT');
      await insert('setReferenceItem', 'Reference:TITLE');
      await insert('addTeacher', 'Teacher');
      await ds.runMigrations();
      expect(await stored()).toEqual([
        'correctTeachersBulk Teacher',
        'setReferenceItem ReferenceSubject',
        'setReferenceItem ReferenceTitle',
        'addTeacher Teacher',
      ]);
      expect(await auditVocabularyViolations(ds)).toEqual([]);
      await undoThroughVocabulary();
      expect(await stored()).toEqual([
        'correctTeachers (bulk) Teacher',
        'setReferenceItem Reference:SUBJECT',
        'setReferenceItem Reference:TITLE',
        'addTeacher Teacher',
      ]);
    } finally {
      await ds.destroy();
    }
  }, 120000);
});
