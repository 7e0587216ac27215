import ExcelJS from 'exceljs';
import { hashPassword } from '../src/auth/password';
import { toGlobalId } from '../src/shared/global-id';
import { codes, demoIds, freshNationalId, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';

/**
 * 研習課程 (issue 11): who creates, approves, edits after approval and cancels; the registration
 * window; the audience; capacity, waitlist and promotion; the school approval (公假); the
 * participant upload's dry run and commit; bad input. The clock stands in school year 110.
 */
const clock = new TestClock();
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let tpe: string;
let khh: string;
/** Logins of teachers of the demo school (elementary, 臺北市) made for this suite: t1..t6. */
const peers: string[] = [];
let peerIds: number[] = [];
let peerNationalIds: string[] = [];

const at = (iso: string) => clock.set(iso);
const BEFORE_WINDOW = '2021-09-05T10:00:00+08:00';
const IN_WINDOW = '2021-09-15T10:00:00+08:00';
const AFTER_WINDOW = '2021-10-12T10:00:00+08:00';
const AFTER_COURSE = '2021-10-21T10:00:00+08:00';

const input = (over: Record<string, unknown> = {}) => ({
  title: '素養導向教學設計工作坊',
  description: '實作',
  domain: 'CURRICULUM_TEACHING_ASSESSMENT',
  themes: '素養導向教學設計',
  level: 'ADVANCED',
  mode: 'NON_CREDIT',
  place: 'OWN_SCHOOL',
  methods: ['WORKSHOP'],
  hours: 3,
  capacity: 2,
  waitlistSize: 2,
  registrationOpensAt: '2021-09-10T00:00:00+08:00',
  registrationClosesAt: '2021-10-10T00:00:00+08:00',
  contactName: '王承辦',
  contactPhone: '02-2345-6789',
  contactEmail: 'course@example.tw',
  sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', countyId: tpe, address: '臺北市大安區' }],
  ...over,
});

const COURSE = 'id code status version capacity admittedCount waitlistedCount seatsLeft times statusNote';
const CREATE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE} } }`;
const UPDATE = `mutation($id: ID!, $input: CourseInput!, $v: Int) { updateCourse(id: $id, input: $input, version: $v) { ${COURSE} } }`;
const step = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? ', $reason: String!' : ''}) { ${name}(id: $id${extra ? ', reason: $reason' : ''}) { ${COURSE} } }`;
const ENROL = 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id status approval queueNo waitlistPosition } }';
const WITHDRAW = 'mutation($c: ID!) { withdrawFromCourse(courseId: $c) { id status } }';
const ROSTER =
  'query($id: ID!) { node(id: $id) { ... on Course { admittedCount waitlistedCount registrations(first: 50) { totalCount edges { node { status approval queueNo teacherName nationalIdMasked school { code } } } } } } }';

async function ok<T = any>(login: string, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await h.as(login).query(q, v);
  if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** A published course of the demo school, approved by the Taipei district, in the window. */
async function publishedCourse(over: Record<string, unknown> = {}): Promise<string> {
  at(BEFORE_WINDOW);
  const c = (await ok('chief.demo', CREATE, { input: input(over) })).createCourse;
  await ok('chief.demo', step('submitCourse'), { id: c.id });
  await ok('district.taipei', step('approveCourse'), { id: c.id });
  await ok('chief.demo', step('publishCourse'), { id: c.id });
  at(IN_WINDOW);
  return c.id;
}

beforeAll(async () => {
  h = await seededHarness('courses', clock);
  ids = await demoIds(h);
  const counties = (await h.anonymous().query('{ counties { id code } }')).data!.counties as { id: string; code: string }[];
  tpe = counties.find((c) => c.code === 'TPE')!.id;
  khh = counties.find((c) => c.code === 'KHH')!.id;
  // six more teacher logins at the demo school (not its principal, not teacher.demo)
  const rows: { id: number; national_id: string }[] = await h.ds.query(
    `SELECT id, national_id FROM teacher WHERE school_id = ? AND id <> ? AND title <> 'PRINCIPAL' ORDER BY id LIMIT 6`,
    [ids.raw.demoSchool, ids.raw.teacherDemo],
  );
  const hash = await hashPassword('demo1234');
  for (const [i, r] of rows.entries()) {
    await h.ds.query(
      `INSERT INTO credential (username, password_hash, principal_kind, teacher_id, failed_logins, must_change_password) VALUES (?, ?, 'TEACHER', ?, 0, ?)`,
      [`t${i + 1}`, hash, r.id, false],
    );
    peers.push(`t${i + 1}`);
  }
  peerIds = rows.map((r) => Number(r.id));
  peerNationalIds = rows.map((r) => r.national_id);
}, 180000);
afterAll(() => h.stop());

describe(`courses: who creates, approves, edits and cancels (${dbLabel()})`, () => {
  it('me.can says who uses the course pages, from the course policy', async () => {
    const CAN = '{ me { can { registerCourses manageCourses approveCourses enrolInCourses decideCourseRegistrations } } }';
    const flags = async (login: string) => (await ok(login, CAN)).me.can;
    expect(await flags('operator.univ')).toEqual({
      registerCourses: true,
      manageCourses: true,
      approveCourses: false,
      enrolInCourses: false,
      decideCourseRegistrations: false,
    });
    expect(await flags('teacher.demo')).toEqual({
      registerCourses: false,
      manageCourses: false,
      approveCourses: false,
      enrolInCourses: true,
      decideCourseRegistrations: false,
    });
    expect(await flags('chief.demo')).toMatchObject({
      registerCourses: true,
      approveCourses: false,
      enrolInCourses: false,
      decideCourseRegistrations: true,
    });
    expect(await flags('district.taipei')).toMatchObject({
      registerCourses: true,
      manageCourses: true,
      approveCourses: true,
      decideCourseRegistrations: false,
    });
    expect(await flags('admin')).toMatchObject({ approveCourses: true, enrolInCourses: false });
    expect(await flags('analyst')).toEqual({
      registerCourses: false,
      manageCourses: false,
      approveCourses: false,
      enrolInCourses: false,
      decideCourseRegistrations: false,
    });
  });

  it('a school account with COURSE_REGISTRATION creates a draft of its own unit, with a code and times from its sessions', async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('operator.demo', CREATE, { input: input() })).createCourse;
    expect(c.status).toBe('DRAFT');
    expect(c.code).toMatch(/^110-020001-\d{4}$/);
    expect(c.times).toEqual(['WEEKDAY_DAYTIME']);
    const org = await ok('operator.demo', 'query($id: ID!) { node(id: $id) { ... on Course { organiser { name } } } }', { id: c.id });
    expect(org.node.organiser.name).toContain('大安');
    // a teacher, an analyst and anonymous callers create nothing
    for (const login of ['teacher.demo', 'analyst'])
      expect(codes(await h.as(login).query(CREATE, { input: input() }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.anonymous().query(CREATE, { input: input() }))).toEqual(['UNAUTHENTICATED']);
    // a draft is not in the catalog
    const cat = await h.anonymous().query('query($s: String) { courses(search: $s) { edges { node { id } } } }', { s: c.code });
    expect(cat.data!.courses.edges).toEqual([]);
  });

  it("a school's course is approved by its county's district, not another's approver nor the organiser", async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('chief.demo', CREATE, { input: input() })).createCourse;
    expect(codes(await h.as('district.taipei').query(step('approveCourse'), { id: c.id }))).toEqual(['NOT_FOUND']); // a draft is not its to see
    await ok('chief.demo', step('submitCourse'), { id: c.id });
    expect(codes(await h.as('chief.demo').query(step('approveCourse'), { id: c.id }))).toEqual(['FORBIDDEN']);
    const approved = (await ok('district.taipei', step('approveCourse'), { id: c.id })).approveCourse;
    expect(approved.status).toBe('APPROVED');
    const published = (await ok('contact.demo', step('publishCourse'), { id: c.id })).publishCourse;
    expect(published.status).toBe('PUBLISHED');
    // the audit trail names each step
    const [{ n }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM audit_event WHERE target_type = 'Course' AND target_id = ? AND operation IN ('createCourse', 'submitCourse', 'approveCourse', 'publishCourse')",
      [Number(Buffer.from(c.id, 'base64url').toString().split(':')[1])],
    );
    expect(Number(n)).toBe(4);
  });

  it("a university's course is approved by the platform; the district may not", async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('operator.univ', CREATE, { input: input({ place: 'TEACHER_EDUCATION_UNIVERSITY' }) })).createCourse;
    expect(c.code).toMatch(/^110-U0001-/);
    await ok('operator.univ', step('submitCourse'), { id: c.id });
    expect(codes(await h.as('district.taipei').query(step('approveCourse'), { id: c.id }))).toEqual(['NOT_FOUND']);
    expect((await ok('admin', step('approveCourse'), { id: c.id })).approveCourse.status).toBe('APPROVED');
  });

  it('the approver returns a course with a reason; the organiser edits and submits again', async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('chief.demo', CREATE, { input: input() })).createCourse;
    await ok('chief.demo', step('submitCourse'), { id: c.id });
    expect(codes(await h.as('district.taipei').query(step('returnCourse', 'r'), { id: c.id, reason: ' ' }))).toEqual(['BAD_USER_INPUT']);
    const back = (await ok('district.taipei', step('returnCourse', 'r'), { id: c.id, reason: '時數請再確認' })).returnCourse;
    expect(back).toMatchObject({ status: 'DRAFT', statusNote: '時數請再確認' });
    const edited = (await ok('chief.demo', UPDATE, { id: c.id, input: input({ hours: 6 }), v: back.version })).updateCourse;
    expect(edited.status).toBe('DRAFT');
    expect((await ok('chief.demo', step('submitCourse'), { id: c.id })).submitCourse.status).toBe('SUBMITTED');
  });

  it('after approval a change of hours or dates, or a capacity below the admitted, needs approval again; a stale version is CONFLICT', async () => {
    const id = await publishedCourse({ capacity: 3 });
    await ok('t1', ENROL, { c: id });
    await ok('t2', ENROL, { c: id });
    let cur = (await ok('chief.demo', 'query($id: ID!) { node(id: $id) { ... on Course { version status } } }', { id })).node;
    // a new description or a higher capacity: stays published
    let r = (await ok('chief.demo', UPDATE, { id, input: input({ capacity: 4, description: '新版' }), v: cur.version })).updateCourse;
    expect(r.status).toBe('PUBLISHED');
    expect(codes(await h.as('chief.demo').query(UPDATE, { id, input: input({ capacity: 4 }), v: cur.version }))).toEqual(['CONFLICT']);
    // hours: back to SUBMITTED, out of registration
    r = (await ok('chief.demo', UPDATE, { id, input: input({ capacity: 4, hours: 6 }), v: r.version })).updateCourse;
    expect(r.status).toBe('SUBMITTED');
    expect(codes(await h.as('t3').query(ENROL, { c: id }))).toEqual(['CONFLICT']);
    // re-approval returns it to PUBLISHED
    r = (await ok('district.taipei', step('approveCourse'), { id })).approveCourse;
    expect(r.status).toBe('PUBLISHED');
    // dates
    const later = [{ startsAt: '2021-10-21T09:00:00+08:00', endsAt: '2021-10-21T12:00:00+08:00', countyId: tpe, address: '臺北市大安區' }];
    r = (await ok('chief.demo', UPDATE, { id, input: input({ capacity: 4, hours: 6, sessions: later }) })).updateCourse;
    expect(r.status).toBe('SUBMITTED');
    await ok('district.taipei', step('approveCourse'), { id });
    // capacity below the admitted count (2): re-approval, then the last admitted goes to the head of the waitlist
    r = (await ok('chief.demo', UPDATE, { id, input: input({ capacity: 1, hours: 6, sessions: later }) })).updateCourse;
    expect(r.status).toBe('SUBMITTED');
    r = (await ok('district.taipei', step('approveCourse'), { id })).approveCourse;
    expect(r).toMatchObject({ status: 'PUBLISHED', admittedCount: 1, waitlistedCount: 1 });
    const roster = (await ok('chief.demo', ROSTER, { id })).node.registrations.edges.map((e: any) => e.node.status);
    expect(roster).toEqual(['ADMITTED', 'WAITLISTED']);
    cur = r;
    expect(cur.seatsLeft).toBe(0);
  });

  it('a narrowed permission takes effect at once: without COURSE_MANAGEMENT the operator edits nothing', async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('operator.demo', CREATE, { input: input() })).createCourse;
    await ok(
      'chief.demo',
      'mutation($id: ID!) { setBusinessAccountPermissions(id: $id, permissions: [COURSE_REGISTRATION, STATISTICS]) { id } }',
      { id: ids.operatorDemo },
    );
    try {
      expect(codes(await h.as('operator.demo').query(UPDATE, { id: c.id, input: input() }))).toEqual(['FORBIDDEN']);
      expect((await ok('operator.demo', step('submitCourse'), { id: c.id })).submitCourse.status).toBe('SUBMITTED');
      await ok(
        'chief.demo',
        'mutation($id: ID!) { setBusinessAccountPermissions(id: $id, permissions: [COURSE_MANAGEMENT, STATISTICS]) { id } }',
        { id: ids.operatorDemo },
      );
      expect(codes(await h.as('operator.demo').query(CREATE, { input: input() }))).toEqual(['FORBIDDEN']);
    } finally {
      await ok(
        'chief.demo',
        'mutation($id: ID!) { setBusinessAccountPermissions(id: $id, permissions: [COURSE_REGISTRATION, COURSE_MANAGEMENT, STATISTICS]) { id } }',
        { id: ids.operatorDemo },
      );
    }
  });

  it("cancelling releases every registration; another unit's manager may not cancel", async () => {
    const id = await publishedCourse({ capacity: 1, waitlistSize: 2 });
    await ok('t1', ENROL, { c: id });
    await ok('t2', ENROL, { c: id });
    expect(codes(await h.as('operator.univ').query(step('cancelCourse', 'r'), { id, reason: '颱風' }))).toEqual(['FORBIDDEN']);
    const r = (await ok('chief.demo', step('cancelCourse', 'r'), { id, reason: '颱風停班停課' })).cancelCourse;
    expect(r).toMatchObject({ status: 'CANCELLED', admittedCount: 0, waitlistedCount: 0 });
    const mine = await ok('t1', 'query($id: ID!) { node(id: $id) { ... on Course { status myRegistration { status } } } }', { id });
    expect(mine.node).toEqual({ status: 'CANCELLED', myRegistration: { status: 'CANCELLED' } });
    expect(codes(await h.as('t3').query(ENROL, { c: id }))).toEqual(['CONFLICT']);
  });

  it('closing (結案) needs the course to have ended', async () => {
    const id = await publishedCourse();
    expect(codes(await h.as('chief.demo').query(step('closeCourse'), { id }))).toEqual(['CONFLICT']);
    at(AFTER_COURSE);
    expect((await ok('chief.demo', step('closeCourse'), { id })).closeCourse.status).toBe('CLOSED');
    expect(codes(await h.as('chief.demo').query(UPDATE, { id, input: input() }))).toEqual(['CONFLICT']);
  });
});

describe(`courses: bad input gets a coded error naming the field and changes nothing (${dbLabel()})`, () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['empty title', { title: '  ' }, 'title'],
    ['zero hours', { hours: 0 }, 'hours'],
    ['capacity too large', { capacity: 100000 }, 'capacity'],
    ['negative waitlist', { waitlistSize: -1 }, 'waitlistSize'],
    ['no method', { methods: [] }, 'methods'],
    ['no session', { sessions: [] }, 'sessions'],
    [
      'session ends before it starts',
      {
        sessions: [{ startsAt: '2021-10-20T12:00:00+08:00', endsAt: '2021-10-20T09:00:00+08:00', onlineUrl: 'https://meet.example.tw/a' }],
      },
      'sessions.0.endsAt',
    ],
    [
      'a session county that is not a county',
      { sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', countyId: 'x', address: 'a' }] },
      'sessions.0.countyId',
    ],
    [
      'a place without an address',
      { sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', countyId: null }] },
      'sessions.0.countyId',
    ],
    [
      'an online session with http',
      { sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', onlineUrl: 'http://x.tw' }] },
      'sessions.0.onlineUrl',
    ],
    ['registration closing after the start', { registrationClosesAt: '2021-10-25T00:00:00+08:00' }, 'registrationClosesAt'],
    [
      'registration closing before it opens',
      { registrationOpensAt: '2021-10-01T00:00:00+08:00', registrationClosesAt: '2021-09-01T00:00:00+08:00' },
      'registrationClosesAt',
    ],
    ['a bad e-mail', { contactEmail: 'nope' }, 'contactEmail'],
    ['a bad audience county', { audience: { countyIds: ['abc'] } }, 'audience.countyIds.0'],
  ];
  it.each(cases)('%s', async (_name, over, field) => {
    at(BEFORE_WINDOW);
    const [{ n: before }] = await h.ds.query('SELECT COUNT(*) AS n FROM course');
    const r = await h.as('chief.demo').query(CREATE, { input: input(over) });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.fields).toEqual([field]);
    const [{ n: after }] = await h.ds.query('SELECT COUNT(*) AS n FROM course');
    expect(Number(after)).toBe(Number(before));
  });

  it('a bad update changes nothing', async () => {
    at(BEFORE_WINDOW);
    const c = (await ok('chief.demo', CREATE, { input: input() })).createCourse;
    const r = await h.as('chief.demo').query(UPDATE, { id: c.id, input: input({ hours: 999, title: '新標題' }) });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['hours'] });
    const now = await ok('chief.demo', 'query($id: ID!) { node(id: $id) { ... on Course { title version hours } } }', { id: c.id });
    expect(now.node).toEqual({ title: '素養導向教學設計工作坊', version: c.version, hours: 3 });
  });
});

describe(`courses: registration (${dbLabel()})`, () => {
  it("a teacher's and a school's registrations list newest first, page by page", async () => {
    const a = await publishedCourse({ title: '先報名的課程' });
    const b = await publishedCourse({ title: '後報名的課程' });
    await ok('t5', ENROL, { c: a });
    await ok('t5', ENROL, { c: b });
    const MINE =
      'query($t: ID!, $after: String) { node(id: $t) { ... on Teacher { registrations(first: 1, after: $after) { pageInfo { endCursor hasNextPage } edges { node { course { id } } } } } } }';
    const t = toGlobalId('Teacher', peerIds[4]);
    const first = (await ok('t5', MINE, { t })).node.registrations;
    expect(first.edges.map((e: any) => e.node.course.id)).toEqual([b]);
    const second = (await ok('t5', MINE, { t, after: first.pageInfo.endCursor })).node.registrations;
    expect(second.edges.map((e: any) => e.node.course.id)).toEqual([a]);
    const school = await ok(
      'chief.demo',
      'query($s: ID!) { node(id: $s) { ... on School { courseRegistrations(first: 1) { edges { node { course { id } } } } } } }',
      { s: ids.demoSchool },
    );
    expect(school.node.courseRegistrations.edges[0].node.course.id).toBe(b);
  });

  it('enrolment only inside the window; withdrawal too', async () => {
    const id = await publishedCourse();
    at(BEFORE_WINDOW);
    const early = await h.as('t1').query(ENROL, { c: id });
    expect(codes(early)).toEqual(['WINDOW_CLOSED']);
    at(IN_WINDOW);
    const CAN = 'query($id: ID!) { node(id: $id) { ... on Course { viewerCan { enrol withdraw } } } }';
    expect((await ok('t1', CAN, { id })).node.viewerCan).toEqual({ enrol: true, withdraw: false });
    expect((await ok('t1', ENROL, { c: id })).enrolInCourse.status).toBe('ADMITTED');
    expect((await ok('t1', CAN, { id })).node.viewerCan).toEqual({ enrol: false, withdraw: true });
    at(AFTER_WINDOW);
    expect((await ok('t1', CAN, { id })).node.viewerCan).toEqual({ enrol: false, withdraw: false });
    expect(codes(await h.as('t2').query(ENROL, { c: id }))).toEqual(['WINDOW_CLOSED']);
    expect(codes(await h.as('t1').query(WITHDRAW, { c: id }))).toEqual(['WINDOW_CLOSED']);
  });

  it('a subject audience admits a teacher of any of its subjects, and a title audience by title', async () => {
    const [{ teacher_id: tid }] = await h.ds.query("SELECT teacher_id FROM credential WHERE username = 't6'");
    const [{ title }] = await h.ds.query('SELECT title FROM teacher WHERE id = ?', [tid]);
    // two subjects, so the teacher's facts hold a list (the last one is the one the audience names)
    await h.ds.query('DELETE FROM teacher_subject WHERE teacher_id = ?', [tid]);
    for (const subject of ['CHINESE', 'MATHEMATICS'])
      await h.ds.query('INSERT INTO teacher_subject (teacher_id, subject) VALUES (?, ?)', [tid, subject]);
    const other = await publishedCourse({ audience: { subjects: ['ENGLISH', 'SCIENCE'] } });
    expect((await h.as('t6').query(ENROL, { c: other })).errors![0].extensions!.reason).toBe('NOT_IN_AUDIENCE');
    const math = await publishedCourse({ audience: { subjects: ['ENGLISH', 'MATHEMATICS'], titles: [title] } });
    expect((await ok('t6', ENROL, { c: math })).enrolInCourse.status).toBe('ADMITTED');
  });

  it('the audience is enforced and shown as fitsMe', async () => {
    const id = await publishedCourse({ audience: { stages: ['JUNIOR_HIGH'], countyIds: [tpe] } });
    const r = await h.as('t1').query(ENROL, { c: id }); // an elementary teacher
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0].extensions!.reason).toBe('NOT_IN_AUDIENCE');
    const fits = await ok(
      't1',
      'query($id: ID!) { node(id: $id) { ... on Course { fitsMe audience { stages everyone counties { code } } viewerCan { enrol } } } }',
      { id },
    );
    expect(fits.node).toEqual({
      fitsMe: false,
      audience: { stages: ['JUNIOR_HIGH'], everyone: false, counties: [{ code: 'TPE' }] },
      viewerCan: { enrol: false },
    });
    const open = await publishedCourse({ audience: { stages: ['ELEMENTARY'], countyIds: [tpe, khh] } });
    expect(
      (await ok('t1', 'query($id: ID!) { node(id: $id) { ... on Course { fitsMe viewerCan { enrol } } } }', { id: open })).node,
    ).toEqual({ fitsMe: true, viewerCan: { enrol: true } });
    expect((await ok('t1', ENROL, { c: open })).enrolInCourse.status).toBe('ADMITTED');
    // anonymous: fitsMe is null
    expect((await h.anonymous().query('query($id: ID!) { course(id: $id) { fitsMe } }', { id: open })).data!.course).toEqual({
      fitsMe: null,
    });
  });

  it('admitted up to capacity, then waitlisted in arrival order, then FULL; one registration per teacher', async () => {
    const id = await publishedCourse({ capacity: 2, waitlistSize: 2 });
    const got = [];
    for (const t of peers.slice(0, 5)) {
      const r = await h.as(t).query(ENROL, { c: id });
      got.push(
        r.errors
          ? `${codes(r)}:${r.errors[0].extensions!.reason}`
          : `${r.data!.enrolInCourse.status}:${r.data!.enrolInCourse.waitlistPosition ?? ''}`,
      );
    }
    expect(got).toEqual(['ADMITTED:', 'ADMITTED:', 'WAITLISTED:1', 'WAITLISTED:2', 'CONFLICT:FULL']);
    const again = await h.as('t1').query(ENROL, { c: id });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
    const seats = (
      await h.anonymous().query('query($id: ID!) { course(id: $id) { seatsLeft waitlistLeft admittedCount waitlistedCount } }', { id })
    ).data!.course;
    expect(seats).toEqual({ seatsLeft: 0, waitlistLeft: 0, admittedCount: 2, waitlistedCount: 2 });
  });

  it('a withdrawal promotes the first waitlisted in the same transaction; the withdrawn may enrol again at the back', async () => {
    const id = await publishedCourse({ capacity: 2, waitlistSize: 3 });
    for (const t of peers.slice(0, 4)) await ok(t, ENROL, { c: id });
    expect((await ok('t1', WITHDRAW, { c: id })).withdrawFromCourse.status).toBe('WITHDRAWN');
    const roster = (await ok('chief.demo', ROSTER, { id })).node;
    expect(roster.registrations.edges.map((e: any) => e.node.status)).toEqual(['WITHDRAWN', 'ADMITTED', 'ADMITTED', 'WAITLISTED']);
    expect([roster.admittedCount, roster.waitlistedCount]).toEqual([2, 1]);
    const back = (await ok('t1', ENROL, { c: id })).enrolInCourse;
    expect(back).toMatchObject({ status: 'WAITLISTED', queueNo: 5, waitlistPosition: 2 });
    // the withdrawal promoted t3 (its registration says so)
    const mine = await ok('t3', 'query($id: ID!) { node(id: $id) { ... on Course { myRegistration { status } } } }', { id });
    expect(mine.node.myRegistration.status).toBe('ADMITTED');
    expect(codes(await h.as('t6').query(WITHDRAW, { c: id }))).toEqual(['NOT_FOUND']);
  });

  it("the school approval (公假) holds the seat; the school's CHIEF/CONTACT decide; a decline frees the seat", async () => {
    const id = await publishedCourse({ capacity: 1, waitlistSize: 2, schoolApproval: true });
    const a = (await ok('t1', ENROL, { c: id })).enrolInCourse;
    expect(a).toMatchObject({ status: 'ADMITTED', approval: 'PENDING' });
    const b = (await ok('t2', ENROL, { c: id })).enrolInCourse;
    expect(b).toMatchObject({ status: 'WAITLISTED', approval: 'PENDING' });
    // the school sees its pending registrations
    const pending = await ok(
      'contact.demo',
      'query($s: ID!) { node(id: $s) { ... on School { courseRegistrations(approval: PENDING, first: 50) { edges { node { id teacherName nationalIdMasked course { id } } } } } } }',
      { s: ids.demoSchool },
    );
    const mineHere = pending.node.courseRegistrations.edges.filter((e: any) => e.node.course?.id === id);
    expect(mineHere).toHaveLength(2);
    expect(mineHere[0].node.nationalIdMasked).toMatch(/^[A-Z]\d{2}\*{4}\d{3}$/);
    const DECIDE = 'mutation($id: ID!, $ok: Boolean!) { decideCourseRegistration(id: $id, approve: $ok) { status approval } }';
    // another school, the organiser's operator without teacher management, the teacher: no
    expect(codes(await h.as('chief.other').query(DECIDE, { id: a.id, ok: true }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.as('operator.demo').query(DECIDE, { id: a.id, ok: true }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.as('t1').query(DECIDE, { id: a.id, ok: true }))).toEqual(['FORBIDDEN']);
    expect((await ok('chief.demo', DECIDE, { id: a.id, ok: false })).decideCourseRegistration).toEqual({
      status: 'DECLINED',
      approval: 'DECLINED',
    });
    // t2 takes the freed seat, still awaiting its school
    const t2 = await ok('t2', 'query($id: ID!) { node(id: $id) { ... on Course { myRegistration { status approval } } } }', { id });
    expect(t2.node.myRegistration).toEqual({ status: 'ADMITTED', approval: 'PENDING' });
    expect((await ok('contact.demo', DECIDE, { id: b.id, ok: true })).decideCourseRegistration).toEqual({
      status: 'ADMITTED',
      approval: 'APPROVED',
    });
    expect(codes(await h.as('contact.demo').query(DECIDE, { id: b.id, ok: false }))).toEqual(['CONFLICT']);
  });

  it('the roster: organiser sees names, schools, masked IDs; a teacher only its own registrations; the analyst only counts', async () => {
    const id = await publishedCourse();
    await ok('t1', ENROL, { c: id });
    const roster = (await ok('operator.demo', ROSTER, { id })).node.registrations.edges[0].node;
    expect(roster.teacherName).toBeTruthy();
    expect(roster.nationalIdMasked).toMatch(/\*{4}/);
    expect(roster.school.code).toBe('020001');
    for (const login of ['analyst', 't2', 'district.taipei', 'operator.univ']) {
      const r = await h.as(login).query(ROSTER, { id });
      expect(r.data!.node.registrations).toBeNull();
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.data!.node.admittedCount).toBe(1);
    }
    const mine = await ok(
      't1',
      'query($t: ID!) { node(id: $t) { ... on Teacher { registrations(first: 50) { totalCount edges { node { course { id } } } } } } }',
      { t: toGlobalId('Teacher', peerIds[0]) },
    );
    expect(mine.node.registrations.edges.map((e: any) => e.node.course.id)).toContain(id);
  });
});

describe(`courses: catalog (${dbLabel()})`, () => {
  it("finds a course in the county it is held in as well as in its organiser's county", async () => {
    const q = 'query($s: String, $c: ID) { courses(search: $s, countyId: $c, first: 100) { edges { node { id } } } }';
    const ids = async (c: string) =>
      ((await h.anonymous().query(q, { s: '澎湖踏查', c })).data!.courses.edges as any[]).map((e) => e.node.id);
    const away = await publishedCourse({
      title: '澎湖踏查研習',
      sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', countyId: khh, address: '高雄市旗津區' }],
    });
    expect(await ids(khh)).toEqual([away]);
    expect(await ids(tpe)).toEqual([away]); // the organiser's (chief.demo's school in Taipei)
    const pen = (await h.anonymous().query('{ counties { id code } }')).data!.counties.find((c: any) => c.code === 'PEN').id;
    expect(await ids(pen)).toEqual([]);
  });

  it('searches title, code and organiser with 台/臺 and 國小/國民小學 alike, and filters on each dimension', async () => {
    const id = await publishedCourse({ title: '臺灣史教學研習', methods: ['LECTURE', 'FIELD_VISIT'], level: 'RESEARCH', capacity: 5 });
    const code = (await h.anonymous().query('query($id: ID!) { course(id: $id) { code } }', { id })).data!.course.code;
    const find = async (args: string, vars: Record<string, unknown> = {}) =>
      (
        (
          await h
            .anonymous()
            .query(
              `query($s: String${args.includes('$c') ? ', $c: ID' : ''}) { courses(${args}, first: 100) { totalCount edges { node { id } } } }`,
              vars,
            )
        ).data!.courses.edges as any[]
      ).map((e) => e.node.id);
    expect(await find('search: $s', { s: '台灣史' })).toContain(id);
    expect(await find('search: $s', { s: code })).toContain(id);
    expect(await find('search: $s', { s: '大安國民小學' })).toContain(id);
    expect(await find('search: $s', { s: '臺北市立大安國小' })).toContain(id);
    expect(await find('search: $s, method: [FIELD_VISIT], level: [RESEARCH]', { s: '台灣史' })).toEqual([id]);
    expect(await find('search: $s, method: [DIGITAL_COURSE]', { s: '台灣史' })).toEqual([]);
    expect(
      await find(
        'search: $s, countyId: $c, time: [WEEKDAY_DAYTIME], mode: [NON_CREDIT], place: [OWN_SCHOOL], domain: [CURRICULUM_TEACHING_ASSESSMENT]',
        { s: '台灣史', c: tpe },
      ),
    ).toEqual([id]);
    expect(await find('search: $s, countyId: $c', { s: '台灣史', c: khh })).toEqual([]);
    expect(await find('search: $s, openNow: true, hasSeats: true', { s: '台灣史' })).toEqual([id]);
    at(AFTER_WINDOW);
    expect(await find('search: $s, openNow: true', { s: '台灣史' })).toEqual([]);
    expect(await find('search: $s, from: "2021-10-21T00:00:00+08:00"', { s: '台灣史' })).toEqual([]);
    expect(await find('search: $s, to: "2021-10-20T23:00:00+08:00"', { s: '台灣史' })).toEqual([id]);
    const rel = await h
      .anonymous()
      .query(
        'query($s: String) { courses(search: $s, orderBy: RELEVANCE, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { s: code },
      );
    expect(rel.data!.courses.edges[0].node.id).toBe(id);
  });

  it('pages by start date with cursors; approvers list their queue with status', async () => {
    const first = await h
      .anonymous()
      .query('{ courses(first: 2, orderBy: START) { totalCount edges { node { id startsAt } } pageInfo { hasNextPage endCursor } } }');
    const c = first.data!.courses;
    expect(c.totalCount).toBeGreaterThan(2);
    const next = await h
      .anonymous()
      .query('query($a: String) { courses(first: 2, after: $a, orderBy: START) { totalCount edges { node { id startsAt } } } }', {
        a: c.pageInfo.endCursor,
      });
    // the count is of every match, on any page (the first page counts from its own scan, a later one by itself)
    expect(next.data!.courses.totalCount).toBe(c.totalCount);
    const ranked = (await h.anonymous().query('{ courses(first: 2) { totalCount pageInfo { endCursor } } }')).data!.courses;
    expect(ranked.totalCount).toBe(c.totalCount);
    const RANKED = 'query($a: String) { courses(first: 2, after: $a) { totalCount edges { node { id } } } }';
    expect((await h.anonymous().query(RANKED, { a: ranked.pageInfo.endCursor })).data!.courses.totalCount).toBe(c.totalCount);
    // a page past the end has no row to carry the count
    const past = (await h.anonymous().query(RANKED, { a: Buffer.from('o:100000').toString('base64url') })).data!.courses;
    expect([past.edges, past.totalCount]).toEqual([[], c.totalCount]);
    // a first page without a match: nothing at all, in either order
    for (const order of ['START', 'OPEN_FIRST', 'RELEVANCE']) {
      const none = (
        await h
          .anonymous()
          .query(
            `{ courses(search: "查無此課程zz", orderBy: ${order}, first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
          )
      ).data!.courses;
      expect([order, none]).toEqual([order, { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } }]);
    }
    const all = [...c.edges, ...next.data!.courses.edges].map((e: any) => e.node);
    expect(new Set(all.map((n: any) => n.id)).size).toBe(4);
    expect([...all].sort((a: any, b: any) => a.startsAt.localeCompare(b.startsAt)).map((n: any) => n.startsAt)).toEqual(
      all.map((n: any) => n.startsAt),
    );
    expect(codes(await h.anonymous().query('{ courses(after: "bad") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    at(BEFORE_WINDOW);
    const sub = (await ok('chief.demo', CREATE, { input: input() })).createCourse;
    await ok('chief.demo', step('submitCourse'), { id: sub.id });
    const queue = async (login: string) =>
      ((await ok(login, '{ courses(status: [SUBMITTED], first: 100) { edges { node { id } } } }')).courses.edges as any[]).map(
        (e) => e.node.id,
      );
    expect(await queue('district.taipei')).toContain(sub.id);
    expect(await queue('admin')).toContain(sub.id);
    expect(await queue('chief.other')).not.toContain(sub.id);
    expect((await h.anonymous().query('{ courses(status: [SUBMITTED, DRAFT], first: 100) { totalCount } }')).data!.courses.totalCount).toBe(
      0,
    );
  });

  it('by default, courses open for registration now come first, then upcoming ones, then the rest (most recent first), page by page', async () => {
    at(IN_WINDOW);
    await publishedCourse({ title: '預設排序測試' });
    const now = clock.now().toISOString();
    const NODE = 'id status startsAt registrationOpensAt registrationClosesAt';
    const page1 = (await h.anonymous().query(`{ courses(first: 30) { totalCount edges { node { ${NODE} } } pageInfo { endCursor } } }`))
      .data!.courses;
    const page2 = (
      await h
        .anonymous()
        .query(`query($a: String) { courses(first: 30, after: $a) { edges { node { ${NODE} } } } }`, { a: page1.pageInfo.endCursor })
    ).data!.courses;
    const explicit = (await h.anonymous().query(`{ courses(first: 60, orderBy: OPEN_FIRST) { edges { node { id } } } }`)).data!.courses;
    const all = [...page1.edges, ...page2.edges].map((e: any) => e.node);
    expect(all.map((n: any) => n.id)).toEqual(explicit.edges.map((e: any) => e.node.id));
    expect(new Set(all.map((n: any) => n.id)).size).toBe(all.length);
    const group = (n: any) =>
      n.status === 'PUBLISHED' && n.registrationOpensAt <= now && n.registrationClosesAt > now
        ? 0
        : n.status === 'PUBLISHED' && n.startsAt > now
          ? 1
          : 2;
    const groups = all.map(group);
    expect(groups[0]).toBe(0);
    expect(groups).toEqual([...groups].sort());
    for (const g of [0, 1]) {
      const starts = all.filter((n: any) => group(n) === g).map((n: any) => n.startsAt);
      expect([g, starts]).toEqual([g, [...starts].sort()]);
    }
    // the rest: the most recent first (school year 109: all closed)
    const closed = (
      await h.anonymous().query(`{ courses(first: 30, schoolYear: 109) { edges { node { ${NODE} } } } }`)
    ).data!.courses.edges.map((e: any) => e.node);
    expect(closed.length).toBeGreaterThan(1);
    expect(closed.map(group)).toEqual(closed.map(() => 2));
    expect(closed.map((n: any) => n.startsAt)).toEqual(
      closed
        .map((n: any) => n.startsAt)
        .sort()
        .reverse(),
    );
    expect(page1.totalCount).toBeGreaterThan(60);
  });

  it("FIT ranks courses by how well they fit the teacher's plan of the year (time, place, method, level, domain); teachers only", async () => {
    at(IN_WINDOW);
    const [plan] = await h.ds.query('SELECT id FROM teacher_plan WHERE teacher_id = ? AND school_year = 110', [ids.raw.teacherDemo]);
    let planId = plan?.id as number | undefined;
    if (!planId) {
      await h.ds.query(
        "INSERT INTO teacher_plan (school_year, teacher_id, school_id, status, updated_at, version, record_key) VALUES (110, ?, ?, 'DRAFT', '2021-09-01 00:00:00.000', 1, 0)",
        [ids.raw.teacherDemo, ids.raw.demoSchool],
      );
      planId = (await h.ds.query('SELECT id FROM teacher_plan WHERE teacher_id = ? AND school_year = 110', [ids.raw.teacherDemo]))[0].id;
    }
    // the plan: weekday daytime, at the own school, workshops, advanced, curriculum and assessment
    await h.ds.query('DELETE FROM teacher_plan_choice WHERE plan_id = ?', [planId]);
    await h.ds.query('DELETE FROM teacher_plan_domain WHERE plan_id = ?', [planId]);
    for (const [d, o] of [
      ['TIME', 'WEEKDAY_DAYTIME'],
      ['PLACE', 'OWN_SCHOOL'],
      ['METHOD', 'WORKSHOP'],
      ['LEVEL', 'ADVANCED'],
      ['MODE', 'NON_CREDIT'],
    ])
      await h.ds.query('INSERT INTO teacher_plan_choice (plan_id, dimension, `option`) VALUES (?, ?, ?)', [planId, d, o]);
    await h.ds.query(
      "INSERT INTO teacher_plan_domain (plan_id, domain, themes, hours) VALUES (?, 'CURRICULUM_TEACHING_ASSESSMENT', '', 6)",
      [planId],
    );
    const session = (day: string) => [
      { startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T12:00:00+08:00`, countyId: tpe, address: '臺北市' },
    ];
    // all five (starts last), two of five: domain and level (starts first), none (a Saturday, online)
    const all5 = await publishedCourse({ title: '契合排序甲', sessions: session('2021-10-27') });
    const two = await publishedCourse({
      title: '契合排序乙',
      place: 'NEARBY_SCHOOL',
      methods: ['LECTURE'],
      sessions: session('2021-10-16'),
    });
    const none = await publishedCourse({
      title: '契合排序丙',
      domain: 'PRACTICAL_LITERACY',
      level: 'BASIC',
      place: 'ONLINE',
      methods: ['DIGITAL_COURSE'],
      sessions: [{ startsAt: '2021-10-23T09:00:00+08:00', endsAt: '2021-10-23T12:00:00+08:00', onlineUrl: 'https://meet.example.tw/x' }],
    });
    const list = async (login: string | null, order: string) => {
      const q = `{ courses(search: "契合排序", orderBy: ${order}, first: 10) { edges { node { id } } } }`;
      const r = login ? await h.as(login).query(q) : await h.anonymous().query(q);
      return r.errors ? codes(r) : (r.data!.courses.edges as any[]).map((e) => e.node.id);
    };
    expect(await list('teacher.demo', 'FIT')).toEqual([all5, two, none]);
    expect(await list('teacher.demo', 'START')).toEqual([two, none, all5]);
    // a teacher without a plan that year: every course fits as little (the default order: open ones by start)
    expect(await list('t1', 'FIT')).toEqual(await list('t1', 'OPEN_FIRST'));
    // not a teacher: a coded error naming the argument
    for (const who of [null, 'analyst', 'chief.demo']) expect([who, await list(who, 'FIT')]).toEqual([who, ['BAD_USER_INPUT']]);
    const r = await h.anonymous().query('{ courses(orderBy: FIT, first: 1) { edges { node { id } } } }');
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['orderBy'] });
  });

  it("Unit.courses lists an organiser's courses as the viewer sees them", async () => {
    const r = await h
      .as('operator.univ')
      .query(
        'query($u: String) { courses(search: $u, status: [APPROVED, DRAFT, SUBMITTED], first: 5) { edges { node { organiser { name courses(first: 50) { totalCount } } } } } }',
        { u: 'U0001' },
      );
    expect(r.errors).toBeUndefined();
    expect(r.data!.courses.edges[0].node.organiser.courses.totalCount).toBeGreaterThan(0);
  });
});

describe(`courses: participant upload (${dbLabel()})`, () => {
  const UPLOAD =
    'mutation($c: ID!, $f: String!, $fmt: SheetFormat!, $dry: Boolean) { uploadCourseParticipants(courseId: $c, file: $f, format: $fmt, dryRun: $dry) { dryRun committed rows accepted alreadyAdmitted problems { row kind nationalIdMasked } } }';
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${['身分證字號,姓名', ...lines].join('\r\n')}\r\n`).toString('base64');

  it('reports a dry run (unknown, duplicate, invalid, over capacity, outside the audience) and commits nothing while a row is bad', async () => {
    const id = await publishedCourse({
      capacity: 3,
      audience: { titles: ['HOMEROOM', 'FULL_TIME', 'DIRECTOR', 'SECTION_CHIEF', 'ACTING', 'SUBSTITUTE', 'PART_TIME'] },
    });
    await ok('t1', ENROL, { c: id });
    const [principal] = await h.ds.query("SELECT national_id FROM teacher WHERE school_id = ? AND title = 'PRINCIPAL'", [
      ids.raw.demoSchool,
    ]);
    const file = csv([
      `${peerNationalIds[0]},甲`,
      `${peerNationalIds[1]},乙`,
      `${peerNationalIds[1]},乙`,
      'A123456780,丙',
      freshNationalId(),
      principal.national_id,
      `${peerNationalIds[2]},丁`,
      `${peerNationalIds[3]},戊`,
    ]);
    const dry = (await ok('chief.demo', UPLOAD, { c: id, f: file, fmt: 'CSV' })).uploadCourseParticipants;
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 8, accepted: 2, alreadyAdmitted: 1 });
    expect(dry.problems.map((p: any) => `${p.row}:${p.kind}`)).toEqual([
      '4:DUPLICATE',
      '5:INVALID_ID',
      '6:UNKNOWN_ID',
      '7:OUTSIDE_AUDIENCE',
      '9:OVER_CAPACITY',
    ]);
    const commit = await h.as('chief.demo').query(UPLOAD, { c: id, f: file, fmt: 'CSV', dry: false });
    expect(commit.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
    const roster = (await ok('chief.demo', ROSTER, { id })).node;
    expect(roster.admittedCount).toBe(1);
  });

  it('commits all rows in one go (XLSX), audited; the organiser of another unit may not upload', async () => {
    const id = await publishedCourse({ capacity: 3 });
    await ok('t1', ENROL, { c: id });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名單');
    ws.addRow(['姓名', '身分證字號']);
    for (const n of peerNationalIds.slice(0, 3)) ws.addRow(['某', n]);
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(codes(await h.as('operator.univ').query(UPLOAD, { c: id, f: file, fmt: 'XLSX', dry: false }))).toEqual(['FORBIDDEN']);
    const r = (await ok('chief.demo', UPLOAD, { c: id, f: file, fmt: 'XLSX', dry: false })).uploadCourseParticipants;
    expect(r).toMatchObject({ committed: true, rows: 3, accepted: 2, alreadyAdmitted: 1, problems: [] });
    const roster = (await ok('chief.demo', ROSTER, { id })).node;
    expect(roster.admittedCount).toBe(3);
    expect(roster.registrations.edges.every((e: any) => e.node.status === 'ADMITTED')).toBe(true);
    const [{ n }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM audit_event WHERE operation = 'uploadCourseParticipants' AND target_id = ?",
      [Number(Buffer.from(id, 'base64url').toString().split(':')[1])],
    );
    expect(Number(n)).toBe(1);
    // the two uploaded participants are told they are admitted (the one who enrolled was told then)
    const courseId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const events: { payload: string }[] = await h.ds.query(
      `SELECT e.payload FROM outbox_event e JOIN course_registration r ON r.id = e.subject_id AND e.subject_type = 'CourseRegistration'
        WHERE e.type = 'REGISTRATION_ADMITTED' AND r.course_id = ?`,
      [courseId],
    );
    expect(events).toHaveLength(3);
    expect(events.filter((e) => JSON.parse(e.payload).uploaded === true)).toHaveLength(2);
    expect(codes(await h.as('chief.demo').query(UPLOAD, { c: id, f: 'bm90IGEgd29ya2Jvb2s=', fmt: 'XLSX' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('the roster downloads as CSV with a BOM for its managers only', async () => {
    const id = await publishedCourse();
    await ok('t1', ENROL, { c: id });
    const { rosterExport } = await import('../src/modules/courses/roster-export');
    const ctx = await h.app.context(`Bearer ${await h.token('chief.demo')}`, '127.0.0.1');
    const { sheets } = await rosterExport(ctx, new URL(`http://x/exports/course-roster.csv?courseId=${id}`));
    expect(sheets[0].header).toContain('身分證字號（遮蔽）');
    expect(sheets[0].rows).toHaveLength(1);
    expect(String(sheets[0].rows[0][6])).toMatch(/\*{4}/);
    const other = await h.app.context(`Bearer ${await h.token('analyst')}`, '127.0.0.1');
    await expect(rosterExport(other, new URL(`http://x/exports/course-roster.csv?courseId=${id}`))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
