import { codes, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';
import { TestSmtp } from './smtp';
import { Dispatcher, SmtpMailer } from '../src/modules/messaging';

/**
 * Course events in the outbox, messaging preferences (mute, language, daily digest) and the
 * unsubscribe link (issue 14 items 1-2), against a real SMTP server in this process.
 */
const clock = new TestClock();
let h: Harness;
const smtp = new TestSmtp();
const at = (iso: string) => clock.set(iso);
const BEFORE_WINDOW = '2021-09-05T10:00:00+08:00';
const IN_WINDOW = '2021-09-15T10:00:00+08:00';
const DEMO_MAIL = 'teacher.demo@prefs.example.tw';
const OTHER_MAIL = 'teacher.other@prefs.example.tw';

const dispatcher = (id: string) =>
  new Dispatcher(h.ds, clock, { id, mailer: new SmtpMailer(smtp.url(), { pool: false, connectionTimeoutMs: 2000 }), retryBaseSeconds: 30 });
async function drain(id = 'd') {
  const d = dispatcher(id);
  for (let i = 0; i < 50; i++) {
    const r = await d.runOnce();
    if (r.expanded + r.sent + r.retried + r.failed === 0) break;
  }
  await d.stop();
}

async function ok<T = any>(login: string, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await h.as(login).query(q, v);
  if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

let seq = 0;
/** A published course of the demo school (online), its registration window open at IN_WINDOW. */
async function publishedCourse(over: Record<string, unknown> = {}): Promise<string> {
  const keep = clock.now().toISOString();
  at(BEFORE_WINDOW);
  const input = {
    title: `通知測試課程${++seq}`,
    domain: 'EMERGING_POLICY',
    level: 'BASIC',
    mode: 'NON_CREDIT',
    place: 'ONLINE',
    methods: ['DIGITAL_COURSE'],
    hours: 2,
    capacity: 1,
    waitlistSize: 2,
    registrationOpensAt: '2021-09-10T00:00:00+08:00',
    registrationClosesAt: '2021-10-10T00:00:00+08:00',
    contactName: '承辦',
    sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00', onlineUrl: 'https://meet.example.tw/m' }],
    ...over,
  };
  const id = (await ok('chief.demo', 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: input })).createCourse.id;
  for (const [who, m] of [
    ['chief.demo', 'submitCourse'],
    ['district.taipei', 'approveCourse'],
    ['chief.demo', 'publishCourse'],
  ]) {
    await ok(who, `mutation($id: ID!) { ${m}(id: $id) { id } }`, { id });
  }
  at(keep);
  return id;
}
const enrol = (login: string, c: string) => ok(login, 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id status approval } }', { c });
const setPrefs = (login: string, input: Record<string, unknown>) =>
  h
    .as(login)
    .query('mutation($i: MessagingPreferencesInput!) { setMessagingPreferences(input: $i) { language mode mutedTypes } }', { i: input });
const eventCount = async () => Number((await h.ds.query('SELECT COUNT(*) AS n FROM outbox_event'))[0].n);
const header = (m: { headerLines: string[] }, name: string) =>
  m.headerLines.find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));

beforeAll(async () => {
  at(IN_WINDOW);
  h = await seededHarness('messaging_prefs', clock);
  await smtp.start();
  // known addresses for the two teacher logins (test data)
  for (const [u, mail] of [
    ['teacher.demo', DEMO_MAIL],
    ['teacher.other', OTHER_MAIL],
  ]) {
    await h.ds.query('UPDATE teacher SET email = ? WHERE id = (SELECT teacher_id FROM credential WHERE username = ?)', [mail, u]);
  }
  // what earlier events the seed left is sent away first
  await drain('d-seed');
}, 300_000);

afterAll(async () => {
  await smtp.stop();
  await h.stop();
});

beforeEach(() => {
  smtp.received = [];
});

describe(`course events and messaging preferences (${dbLabel()})`, () => {
  let unsubscribeLink = '';

  it('enrol, waitlist, withdraw (promotion), 公假 asked and decided, cancel: events written with the change, mails with Chinese subjects, no personal data in payloads', async () => {
    const a = await publishedCourse();
    at(IN_WINDOW);
    const before = await eventCount();
    const demo = await enrol('teacher.demo', a);
    expect(demo.enrolInCourse.status).toBe('ADMITTED');
    const other = await enrol('teacher.other', a);
    expect(other.enrolInCourse.status).toBe('WAITLISTED');
    await ok('teacher.demo', 'mutation($c: ID!) { withdrawFromCourse(courseId: $c) { id } }', { c: a });
    await ok('chief.demo', 'mutation($id: ID!) { cancelCourse(id: $id, reason: "講師因故停辦") { id } }', { id: a });
    const b = await publishedCourse({ schoolApproval: true, capacity: 5 });
    const pending = await enrol('teacher.demo', b);
    expect(pending.enrolInCourse.approval).toBe('PENDING');
    await ok('chief.demo', 'mutation($id: ID!) { decideCourseRegistration(id: $id, approve: true) { id } }', {
      id: pending.enrolInCourse.id,
    });

    const events: { type: string; recipients: string; payload: string }[] = await h.ds.query(
      "SELECT type, recipients, payload FROM outbox_event WHERE subject_type = 'CourseRegistration' AND id > 0 ORDER BY id",
    );
    expect(await eventCount()).toBe(before + events.length);
    expect(events.map((e) => e.type)).toEqual([
      'REGISTRATION_ADMITTED',
      'REGISTRATION_WAITLISTED',
      'REGISTRATION_WITHDRAWN',
      'REGISTRATION_PROMOTED',
      'REGISTRATION_CANCELLED',
      'REGISTRATION_ADMITTED',
      'SCHOOL_APPROVAL_ASKED',
      'SCHOOL_APPROVAL_DECIDED',
    ]);
    expect(events[6].recipients).toMatch(/^UNIT:\d+$/);
    expect(JSON.parse(events[4].payload)).toMatchObject({ reason: '講師因故停辦' });
    const personal: { national_id: string; email: string | null; phone: string | null }[] = await h.ds.query(
      "SELECT t.national_id, t.email, t.phone FROM teacher t JOIN credential c ON c.teacher_id = t.id WHERE c.username IN ('teacher.demo', 'teacher.other')",
    );
    const all = JSON.stringify(events.map((e) => e.payload));
    for (const p of personal) for (const v of [p.national_id, p.email, p.phone]) if (v) expect(all).not.toContain(v);

    await drain('d-course');
    const to = (addr: string) => smtp.received.filter((m) => m.to.includes(addr)).map((m) => m.subject);
    expect(to(DEMO_MAIL)).toEqual([
      expect.stringMatching(/^【研習報名】錄取：通知測試課程/),
      expect.stringMatching(/^【研習報名】已取消報名/),
      expect.stringMatching(/^【研習報名】錄取：/),
      expect.stringMatching(/^【公假核准】已核准/),
    ]);
    expect(to(OTHER_MAIL)).toEqual([
      expect.stringMatching(/^【研習報名】候補：/),
      expect.stringMatching(/^【研習報名】候補遞補錄取：/),
      expect.stringMatching(/^【研習取消】/),
    ]);
    const schoolMails: { email: string }[] = await h.ds.query(
      `SELECT b.email FROM business_account b JOIN teacher t ON t.school_id = b.unit_id JOIN credential c ON c.teacher_id = t.id
        WHERE c.username = 'teacher.demo' AND b.status = 'ACTIVE' AND b.role IN ('CHIEF', 'CONTACT') AND b.email IS NOT NULL`,
    );
    expect(schoolMails.length).toBeGreaterThan(0);
    const asked = smtp.received.filter((m) => m.subject.startsWith('【公假核准】') && m.subject.includes('老師報名'));
    expect(asked.map((m) => m.to[0]).sort()).toEqual(schoolMails.map((x) => x.email).sort());
    // not essential: an unsubscribe link and List-Unsubscribe; the cancellation (essential): neither
    const admitted = smtp.received.find((m) => m.to.includes(OTHER_MAIL) && m.subject.startsWith('【研習報名】候補：'))!;
    unsubscribeLink = /(http\S+\/unsubscribe#key=\S+)/.exec(admitted.text)![1];
    expect(unsubscribeLink).toContain('type=REGISTRATION_WAITLISTED');
    expect(String(header(admitted, 'List-Unsubscribe'))).toContain(unsubscribeLink);
    const cancelled = smtp.received.find((m) => m.subject.startsWith('【研習取消】'))!;
    expect(cancelled.text).toContain('講師因故停辦');
    expect(cancelled.text).not.toContain('unsubscribe');
    expect(header(cancelled, 'List-Unsubscribe')).toBeUndefined();
    // the inbox has them too
    const inbox = await ok('teacher.other', '{ notifications(first: 5) { edges { node { type title } } } }');
    expect(inbox.notifications.edges[0].node).toMatchObject({ type: 'REGISTRATION_CANCELLED', title: expect.stringContaining('研習取消') });
  });

  it('a rolled-back enrolment writes no event', async () => {
    const c = await publishedCourse();
    at(IN_WINDOW);
    const before = await eventCount();
    const regs = Number((await h.ds.query('SELECT COUNT(*) AS n FROM course_registration'))[0].n);
    // the audit record after the event fails: the transaction (registration and event) rolls back
    const audit = h.app.services.audit;
    const record = audit.record;
    audit.record = async () => {
      throw new Error('audit down');
    };
    try {
      const r = await h.as('teacher.demo').query('mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', { c });
      expect(r.errors).toBeDefined();
    } finally {
      audit.record = record;
    }
    expect(await eventCount()).toBe(before);
    expect(Number((await h.ds.query('SELECT COUNT(*) AS n FROM course_registration'))[0].n)).toBe(regs);
    // the same enrolment once the audit works: one event
    await enrol('teacher.demo', c);
    expect(await eventCount()).toBe(before + 1);
  });

  it('preferences: defaults, mute works (the inbox still has it), essential kinds cannot be muted, English, only your own', async () => {
    const mine = await ok('teacher.demo', '{ myMessagingPreferences { language mode mutedTypes mutableTypes essentialTypes } }');
    expect(mine.myMessagingPreferences).toMatchObject({ language: 'ZH_TW', mode: 'IMMEDIATE', mutedTypes: [] });
    expect(mine.myMessagingPreferences.essentialTypes).toEqual(
      expect.arrayContaining(['PASSWORD_RESET_ASKED', 'ACCOUNT_ACTIVATED', 'ACCOUNT_SUSPENDED', 'REGISTRATION_CANCELLED']),
    );
    expect(mine.myMessagingPreferences.mutableTypes).not.toContain('REGISTRATION_CANCELLED');

    const rows = async () => JSON.stringify(await h.ds.query('SELECT * FROM messaging_preference ORDER BY id'));
    const snapshot = await rows();
    for (const essential of ['REGISTRATION_CANCELLED', 'PASSWORD_RESET_ASKED']) {
      const bad = await setPrefs('teacher.demo', {
        language: 'ZH_TW',
        mode: 'IMMEDIATE',
        mutedTypes: ['REGISTRATION_ADMITTED', essential],
      });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].extensions).toMatchObject({ reason: 'ESSENTIAL_MESSAGE', fields: ['mutedTypes'] });
    }
    expect(await rows()).toBe(snapshot);
    // partners and anonymous callers have none
    expect(codes(await h.anonymous().query('{ myMessagingPreferences { mode } }'))).toEqual(['UNAUTHENTICATED']);
    const k = await ok('admin', 'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', {
      i: { name: 'prefs', scopes: ['STATISTICS_READ'] },
    });
    expect(codes(await h.raw('{ myMessagingPreferences { mode } }', {}, `ApiKey ${k.createApiKey.secret}`))).toEqual(['FORBIDDEN']);

    const set = await setPrefs('teacher.demo', {
      language: 'ZH_TW',
      mode: 'IMMEDIATE',
      mutedTypes: ['REGISTRATION_ADMITTED', 'REGISTRATION_ADMITTED'],
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMessagingPreferences).toEqual({ language: 'ZH_TW', mode: 'IMMEDIATE', mutedTypes: ['REGISTRATION_ADMITTED'] });
    // only the caller's own row: teacher.other's stays as it was
    expect((await ok('teacher.other', '{ myMessagingPreferences { mutedTypes } }')).myMessagingPreferences.mutedTypes).toEqual([]);
    const audited = await h.ds.query("SELECT actor_username FROM audit_event WHERE operation = 'setMessagingPreferences'");
    expect(audited.map((r: any) => r.actor_username)).toEqual(['teacher.demo']);

    const c = await publishedCourse();
    at(IN_WINDOW);
    await enrol('teacher.demo', c);
    await ok('chief.demo', 'mutation($id: ID!) { cancelCourse(id: $id, reason: "停辦") { id } }', { id: c });
    await drain('d-mute');
    expect(smtp.received.filter((m) => m.to.includes(DEMO_MAIL)).map((m) => m.subject)).toEqual([expect.stringMatching(/^【研習取消】/)]);
    const muted = await h.ds.query(
      "SELECT d.status, d.reason FROM mail_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE e.type = 'REGISTRATION_ADMITTED' ORDER BY d.id DESC LIMIT 1",
    );
    expect(muted[0]).toMatchObject({ status: 'SKIPPED', reason: 'MUTED' });
    const inbox = await ok('teacher.demo', '{ notifications(first: 2) { edges { node { type } } } }');
    expect(inbox.notifications.edges.map((e: any) => e.node.type)).toEqual(['REGISTRATION_CANCELLED', 'REGISTRATION_ADMITTED']);

    // English
    expect((await setPrefs('teacher.demo', { language: 'EN', mode: 'IMMEDIATE', mutedTypes: [] })).errors).toBeUndefined();
    smtp.received = [];
    const d = await publishedCourse();
    at(IN_WINDOW);
    await enrol('teacher.demo', d);
    await drain('d-en');
    expect(smtp.received.map((m) => m.subject)).toEqual([expect.stringMatching(/^Admitted: 通知測試課程/)]);
    expect(smtp.received[0].text).toContain('No more mails of this kind: http');
    expect((await setPrefs('teacher.demo', { language: 'ZH_TW', mode: 'IMMEDIATE', mutedTypes: [] })).errors).toBeUndefined();
  });

  it('daily digest: mails that are not essential wait for 07:00 Taiwan time and go as one mail with N items; essential ones go at once', async () => {
    expect((await setPrefs('teacher.other', { language: 'ZH_TW', mode: 'DAILY_DIGEST', mutedTypes: [] })).errors).toBeUndefined();
    const courses = [await publishedCourse(), await publishedCourse(), await publishedCourse()];
    at(IN_WINDOW); // Wednesday 10:00 in Taipei
    for (const c of courses) await enrol('teacher.other', c);
    await ok('chief.demo', 'mutation($id: ID!) { cancelCourse(id: $id, reason: "停辦") { id } }', { id: courses[2] });
    await drain('d-digest1');
    // the cancellation (essential) at once, the three admissions held
    expect(smtp.received.filter((m) => m.to.includes(OTHER_MAIL)).map((m) => m.subject)).toEqual([expect.stringMatching(/^【研習取消】/)]);
    const held = await h.ds.query("SELECT status, next_attempt_at FROM mail_delivery WHERE status = 'HELD' AND recipient_kind = 'TEACHER'");
    expect(held).toHaveLength(3);

    smtp.received = [];
    at('2021-09-16T06:59:00+08:00');
    await drain('d-digest2');
    expect(smtp.received).toHaveLength(0);
    at('2021-09-16T07:00:00+08:00');
    await drain('d-digest3');
    expect(smtp.received).toHaveLength(1);
    const digest = smtp.received[0];
    expect(digest.to).toEqual([OTHER_MAIL]);
    expect(digest.subject).toBe('【每日摘要】2021-09-16 共 3 則通知');
    expect(digest.text.match(/• 【研習報名】錄取：通知測試課程/g)).toHaveLength(3);
    expect(digest.text).toMatch(/研習報名錄取：http\S+\/unsubscribe#key=\S+&type=REGISTRATION_ADMITTED/);
    expect(await h.ds.query("SELECT id FROM mail_delivery WHERE status = 'HELD'")).toHaveLength(0);
    expect((await h.ds.query("SELECT status FROM mail_delivery WHERE status = 'DIGESTED' AND recipient_kind = 'TEACHER'")).length).toBe(3);
    // nothing more later that day
    smtp.received = [];
    at('2021-09-16T12:00:00+08:00');
    await drain('d-digest4');
    expect(smtp.received).toHaveLength(0);
    expect((await setPrefs('teacher.other', { language: 'ZH_TW', mode: 'IMMEDIATE', mutedTypes: [] })).errors).toBeUndefined();
  });

  it('unsubscribe: the link of a mail mutes its kind; an unknown key gets the same answer and changes nothing; essential kinds refused; rate-limited', async () => {
    const u = new URL(unsubscribeLink.replace('#', '?'));
    const key = u.searchParams.get('key')!;
    const type = u.searchParams.get('type')!;
    const ask = (k: string, t: string, from = '10.1.1.1') =>
      h.raw('mutation($k: String!, $t: MessageType!) { unsubscribe(key: $k, type: $t) }', { k, t }, undefined, from);
    const rows = async () => JSON.stringify(await h.ds.query('SELECT * FROM messaging_preference ORDER BY id'));
    const snapshot = await rows();
    const unknown = await ask('x'.repeat(32), type);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ unsubscribe: true });
    expect((await ask('short', type)).data).toEqual(unknown.data);
    expect(await rows()).toBe(snapshot);
    const essential = await ask(key, 'REGISTRATION_CANCELLED');
    expect(codes(essential)).toEqual(['BAD_USER_INPUT']);
    expect(essential.errors![0].extensions).toMatchObject({ reason: 'ESSENTIAL_MESSAGE', fields: ['type'] });
    expect(codes(await ask(key, 'NOT_A_TYPE'))).toEqual(['BAD_USER_INPUT']);
    expect(await rows()).toBe(snapshot);

    expect((await ask(key, type)).data).toEqual(unknown.data);
    expect((await ok('teacher.other', '{ myMessagingPreferences { mutedTypes } }')).myMessagingPreferences.mutedTypes).toEqual([
      'REGISTRATION_WAITLISTED',
    ]);
    expect((await ask(key, type)).data).toEqual(unknown.data); // twice: the same
    // the muted kind is no longer mailed
    const c = await publishedCourse({ capacity: 1 });
    at('2021-09-16T12:00:00+08:00');
    await enrol('teacher.demo', c);
    expect((await enrol('teacher.other', c)).enrolInCourse.status).toBe('WAITLISTED');
    smtp.received = [];
    await drain('d-unsub');
    expect(smtp.received.filter((m) => m.to.includes(OTHER_MAIL))).toHaveLength(0);

    const limited = [];
    for (let i = 0; i < 21; i++) limited.push(codes(await ask('y'.repeat(32), type, '10.2.2.2')));
    expect(limited.slice(0, 20).every((x) => x.length === 0)).toBe(true);
    expect(limited[20]).toEqual(['RATE_LIMITED']);
  });
});
