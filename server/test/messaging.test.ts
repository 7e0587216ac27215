import fs from 'node:fs';
import { simpleParser } from 'mailparser';
import { codes, Harness, seededHarness, TestClock } from './harness';
import { TestSmtp } from './smtp';
import { dbLabel, tempDir } from './db';
import { Dispatcher, FileMailer, SmtpMailer, type Mailer } from '../src/modules/messaging';
import { enqueue } from '../src/shared/outbox';
import { inTransaction } from '../src/shared/tx';

/**
 * Messaging (issue 14) against a real SMTP server started in this process (smtp-server on a
 * loopback port), reading what arrives with mailparser.
 */
const clock = new TestClock();
let h: Harness;
const smtp = new TestSmtp();
const smtpMailer = () => new SmtpMailer(smtp.url(), { pool: false, connectionTimeoutMs: 2000 });
const dispatcher = (
  id: string,
  opts: { mailer?: Mailer; claimSeconds?: number; maxAttempts?: number; concurrency?: number; batchSize?: number } = {},
) => new Dispatcher(h.ds, clock, { id, mailer: opts.mailer ?? smtpMailer(), retryBaseSeconds: 30, ...opts });

/** Rounds until a round does nothing. */
async function drain(d: Dispatcher) {
  for (let i = 0; i < 50; i++) {
    const r = await d.runOnce();
    if (r.expanded + r.sent + r.retried + r.failed === 0) return;
  }
}

/** Events for business accounts that have an address, written as a module does (in a transaction). */
async function enqueueFor(n: number, subjectType = 'Test'): Promise<number[]> {
  const rows: { id: number }[] = await h.ds.query(
    `SELECT id FROM business_account WHERE email IS NOT NULL AND status = 'ACTIVE' ORDER BY id LIMIT ${n}`,
  );
  expect(rows).toHaveLength(n);
  await inTransaction(h.ds, async (em) => {
    for (const [i, r] of rows.entries()) {
      await enqueue(em, {
        type: 'ACCOUNT_ACTIVATED',
        subjectType,
        subjectId: i + 1,
        at: clock.now(),
        recipients: [{ kind: 'BUSINESS', id: Number(r.id) }],
        data: { unitName: '測試學校' },
      });
    }
  });
  return rows.map((r) => Number(r.id));
}

async function deliveries(subjectType: string) {
  return h.ds.query(`SELECT status, attempts, reason, next_attempt_at FROM mail_delivery WHERE subject_type = ? ORDER BY id`, [
    subjectType,
  ]);
}

beforeAll(async () => {
  clock.set('2022-10-03T09:00:00+08:00');
  h = await seededHarness('messaging', clock);
  await smtp.start();
}, 300_000);

afterAll(async () => {
  await smtp.stop();
  await h.stop();
});

beforeEach(() => {
  smtp.received = [];
  smtp.mode = 'ok';
});

describe(`messaging (${dbLabel()})`, () => {
  it("a district's reminder reaches the schools' CHIEFs and CONTACTs by SMTP, with a Chinese subject, and its delivery status shows on the Reminder", async () => {
    const r = await h.as('district.taipei').query('mutation { remindPendingSchools(schoolYear: 111) { school { code } recipients } }');
    expect(r.errors).toBeUndefined();
    const reminded = r.data!.remindPendingSchools;
    expect(reminded.length).toBeGreaterThan(0);
    // before the dispatcher ran: queued
    const queued = await h.as('district.taipei').query('{ reminders(schoolYear: 111) { deliveryCounts { sent pending } } }');
    expect(queued.data!.reminders.every((x: any) => x.deliveryCounts.sent === 0)).toBe(true);

    await drain(dispatcher('d1'));
    const expected: { email: string; role: string }[] = await h.ds.query(
      `SELECT b.email, b.role FROM business_account b JOIN reminder r ON r.school_id = b.unit_id
        WHERE r.school_year = 111 AND b.status = 'ACTIVE' AND b.role IN ('CHIEF', 'CONTACT') AND b.email IS NOT NULL`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(expected.map((e) => e.email).sort());
    expect(smtp.received.every((m) => m.subject.startsWith('【催覆】111 學年度') && /尚未送出/.test(m.subject))).toBe(true);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);

    const shown = await h
      .as('district.taipei')
      .query(
        '{ reminders(schoolYear: 111) { school { code } recipients deliveries { recipientRole status attempts sentAt reason } deliveryCounts { sent pending failed skipped } } }',
      );
    expect(shown.errors).toBeUndefined();
    for (const x of shown.data!.reminders) {
      expect(x.deliveries).toHaveLength(x.recipients);
      expect(x.deliveryCounts.sent + x.deliveryCounts.skipped).toBe(x.recipients);
      for (const d of x.deliveries) {
        expect(['CHIEF', 'CONTACT']).toContain(d.recipientRole);
        expect(d.status === 'SENT' ? d.sentAt && d.attempts === 1 : d.reason === 'NO_ADDRESS').toBeTruthy();
      }
    }
    // the CHIEF's inbox has it too
    const inbox = await h
      .as('chief.demo')
      .query('{ me { unreadNotifications } notifications(first: 5) { totalCount edges { node { type title read } } } }');
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.me.unreadNotifications).toBeGreaterThanOrEqual(1);
    expect(inbox.data!.notifications.edges[0].node).toMatchObject({
      type: 'REMINDER',
      read: false,
      title: expect.stringContaining('催覆'),
    });
  });

  it('reminding a school twice on one day asks first (confirm), and the next day does not', async () => {
    const again = await h.as('district.taipei').query('mutation { remindPendingSchools(schoolYear: 111) { school { code } } }');
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions).toMatchObject({ reason: 'ALREADY_REMINDED_TODAY', fields: ['confirm'] });
    const confirmed = await h
      .as('district.taipei')
      .query('mutation { remindPendingSchools(schoolYear: 111, confirm: true) { school { code } } }');
    expect(confirmed.errors).toBeUndefined();
    clock.set('2022-10-04T08:00:00+08:00');
    const nextDay = await h.as('district.taipei').query('mutation { remindPendingSchools(schoolYear: 111) { school { code } } }');
    expect(nextDay.errors).toBeUndefined();
    await drain(dispatcher('d-again'));
  });

  it('an SMTP server answering 4xx is retried with exponential backoff and each attempt recorded; 5xx until maxAttempts ends FAILED', async () => {
    await enqueueFor(2, 'Retry');
    smtp.mode = 451;
    const d = dispatcher('d-retry', { maxAttempts: 3 });
    const first = await d.runOnce();
    expect(first).toMatchObject({ expanded: 2, sent: 0, retried: 2 });
    let rows = await deliveries('Retry');
    expect(rows.map((x: any) => [x.status, Number(x.attempts)])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(rows[0].reason).toMatch(/451/);
    expect(rows[0].reason).not.toMatch(/@/); // no address in the recorded reason
    // not due yet: nothing tried
    expect(await d.runOnce()).toMatchObject({ sent: 0, retried: 0 });
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    expect(await d.runOnce()).toMatchObject({ retried: 2 });
    rows = await deliveries('Retry');
    expect(rows.map((x: any) => Number(x.attempts))).toEqual([2, 2]);
    // the second wait is twice the first: 30 s more is not enough, 61 s is
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    expect(await d.runOnce()).toMatchObject({ retried: 0 });
    smtp.mode = 'ok';
    clock.set(new Date(clock.now().getTime() + 30_000).toISOString());
    expect(await d.runOnce()).toMatchObject({ sent: 2 });
    expect((await deliveries('Retry')).map((x: any) => [x.status, Number(x.attempts)])).toEqual([
      ['SENT', 3],
      ['SENT', 3],
    ]);

    await enqueueFor(1, 'Permanent');
    smtp.mode = 550;
    for (let i = 0; i < 3; i++) {
      await d.runOnce();
      clock.set(new Date(clock.now().getTime() + 3600_000).toISOString());
    }
    const failed = await deliveries('Permanent');
    expect(failed.map((x: any) => [x.status, Number(x.attempts)])).toEqual([['FAILED', 3]]);
    expect(failed[0].reason).toMatch(/550/);
    await d.stop();
  });

  it('an SMTP server that is down is retried and recorded', async () => {
    await enqueueFor(1, 'Down');
    const down = new SmtpMailer('smtp://127.0.0.1:1', { pool: false, connectionTimeoutMs: 1000 });
    const d = dispatcher('d-down', { mailer: down });
    expect(await d.runOnce()).toMatchObject({ retried: 1 });
    const rows = await deliveries('Down');
    expect(rows[0]).toMatchObject({ status: 'PENDING' });
    expect(rows[0].reason).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    await drain(dispatcher('d-up'));
    expect((await deliveries('Down'))[0]).toMatchObject({ status: 'SENT' });
  });

  it('two dispatchers on one database send each message once', async () => {
    await enqueueFor(30, 'Twice');
    const a = dispatcher('d-a', { batchSize: 7 });
    const b = dispatcher('d-b', { batchSize: 7 });
    await Promise.all([drain(a), drain(b), drain(a)]);
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect((await deliveries('Twice')).every((x: any) => x.status === 'SENT' && Number(x.attempts) === 1)).toBe(true);
  });

  it('four dispatchers claiming small batches while events are still being written: each message once, no round fails', async () => {
    const before = smtp.received.length;
    const ds = ['d-1', 'd-2', 'd-3', 'd-4'].map((id) => dispatcher(id, { batchSize: 3, concurrency: 2 }));
    // events arrive in three transactions while the dispatchers already claim and expand
    const writing = (async () => {
      for (const s of ['Crowd1', 'Crowd2', 'Crowd3']) await enqueueFor(12, s);
    })();
    await Promise.all([writing, ...ds.map((d) => drain(d))]);
    await Promise.all(ds.map((d) => drain(d)));
    const ids = smtp.received.slice(before).map((m) => m.messageId);
    expect(ids).toHaveLength(36);
    expect(new Set(ids).size).toBe(36);
    for (const s of ['Crowd1', 'Crowd2', 'Crowd3']) {
      const rows = await deliveries(s);
      expect(rows).toHaveLength(12);
      expect(rows.every((x: any) => x.status === 'SENT' && Number(x.attempts) === 1)).toBe(true);
    }
  });

  it('a dispatcher killed mid-batch: its claims run out and another delivers the rest, none lost', async () => {
    await enqueueFor(10, 'Killed');
    const real = smtpMailer();
    let sent = 0;
    // sends three, then hangs for ever on the fourth, as a process killed while sending
    const dying: Mailer = {
      describe: 'dying',
      close: () => undefined,
      send: (m) => (++sent <= 3 ? real.send(m) : new Promise(() => undefined)),
    };
    const a = dispatcher('d-killed', { mailer: dying, concurrency: 1, claimSeconds: 120 });
    void a.runOnce();
    for (let i = 0; i < 200 && smtp.received.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    expect(smtp.received).toHaveLength(3);
    const b = dispatcher('d-restarted');
    expect(await b.runOnce()).toMatchObject({ sent: 0 }); // still claimed by the dead one
    clock.set(new Date(clock.now().getTime() + 121_000).toISOString());
    await drain(b);
    expect(smtp.received).toHaveLength(10);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(10);
    expect((await deliveries('Killed')).every((x: any) => x.status === 'SENT')).toBe(true);
  });

  it('the reset link works once, ends older sessions, expires after 30 minutes; unknown accounts get the same answer', async () => {
    const ask = (login: string) => h.anonymous().query('mutation($l: String!) { requestPasswordReset(login: $l) }', { l: login });
    const [{ email }] = await h.ds.query(
      "SELECT t.email FROM teacher t JOIN credential c ON c.teacher_id = t.id WHERE c.username = 'teacher.demo'",
    );
    expect(email).toBeTruthy();
    const before = Number((await h.ds.query('SELECT COUNT(*) AS n FROM outbox_event'))[0].n);
    const unknown = await ask('nobody.here');
    const unknownMail = await ask('nobody@nowhere.example');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ requestPasswordReset: true });
    expect(unknownMail.data).toEqual(unknown.data);
    expect(Number((await h.ds.query('SELECT COUNT(*) AS n FROM outbox_event'))[0].n)).toBe(before);
    expect((await ask('teacher.demo')).data).toEqual(unknown.data);

    const oldToken = await h.token('teacher.demo');
    await drain(dispatcher('d-reset'));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual([email]);
    expect(smtp.received[0].subject).toContain('重設密碼');
    const token = /#token=([A-Za-z0-9_-]{43})/.exec(smtp.received[0].text)![1];
    // the link left the database with the mail
    expect(JSON.stringify(await h.ds.query("SELECT payload FROM outbox_event WHERE type = 'PASSWORD_RESET_ASKED'"))).not.toContain(token);

    const reset = (t: string, p: string) =>
      h.anonymous().query('mutation($t: String!, $p: String!) { resetPasswordWithToken(token: $t, newPassword: $p) }', { t, p });
    const weak = await reset(token, 'short');
    expect(codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0].extensions!.fields).toEqual(['newPassword']);
    expect((await reset(token, 'brandnew123')).data).toEqual({ resetPasswordWithToken: true });
    // older sessions ended, the new password logs in
    expect(codes(await h.raw('{ me { username } }', {}, `Bearer ${oldToken}`))).toEqual([]);
    expect((await h.raw('{ me { username } }', {}, `Bearer ${oldToken}`)).data!.me).toBeNull();
    h.forgetTokens();
    await h.token('teacher.demo', 'brandnew123');
    // once only
    const twice = await reset(token, 'another123');
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors![0].extensions!.fields).toEqual(['token']);
    expect(codes(await reset('not-a-token', 'another123'))).toEqual(['BAD_USER_INPUT']);

    // expires after 30 minutes (asked by e-mail address this time)
    smtp.received = [];
    expect((await ask(email.toUpperCase())).data).toEqual(unknown.data);
    await drain(dispatcher('d-reset2'));
    const late = /#token=([A-Za-z0-9_-]{43})/.exec(smtp.received[0].text)![1];
    clock.set(new Date(clock.now().getTime() + 31 * 60_000).toISOString());
    expect(codes(await reset(late, 'another123'))).toEqual(['BAD_USER_INPUT']);
    await h.token('teacher.demo', 'brandnew123');
  });

  it('rate-limits reset requests per account silently and per client with RATE_LIMITED', async () => {
    const ask = (login: string, from: string) =>
      h.raw('mutation($l: String!) { requestPasswordReset(login: $l) }', { l: login }, undefined, from);
    const count = async () =>
      Number(
        (
          await h.ds.query(
            "SELECT COUNT(*) AS n FROM password_reset r JOIN credential c ON c.id = r.credential_id WHERE c.username = 'chief.demo'",
          )
        )[0].n,
      );
    const start = await count();
    for (let i = 0; i < 4; i++) expect((await ask('chief.demo', `10.0.0.${i}`)).data).toEqual({ requestPasswordReset: true });
    expect(await count()).toBe(start + 3); // the fourth within the hour is not sent, and the answer is the same
    const fromOne = [];
    for (let i = 0; i < 21; i++) fromOne.push(codes(await ask(`someone${i}`, '10.9.9.9')));
    expect(fromOne.slice(0, 20).every((c) => c.length === 0)).toBe(true);
    expect(fromOne[20]).toEqual(['RATE_LIMITED']);
    expect(codes(await ask('   ', '10.8.8.8'))).toEqual(['BAD_USER_INPUT']);
  });

  it("the inbox: unread count, mark some or all read, nobody else's; bad input is coded; anonymous and partners get nothing", async () => {
    const q = '{ me { unreadNotifications } notifications(first: 50, unreadOnly: true) { totalCount edges { node { id } } } }';
    const before = await h.as('chief.demo').query(q);
    const unread = before.data!.me.unreadNotifications;
    expect(unread).toBeGreaterThanOrEqual(2);
    expect(before.data!.notifications.totalCount).toBe(unread);
    const first = before.data!.notifications.edges[0].node.id;
    const mark = (vars: Record<string, unknown>, who = 'chief.demo') =>
      h.as(who).query('mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }', vars);
    expect((await mark({ ids: [first] }, 'contact.demo')).data).toEqual({ markNotificationsRead: 0 }); // not its own
    expect((await mark({ ids: [first] })).data).toEqual({ markNotificationsRead: 1 });
    expect((await mark({ ids: [first] })).data).toEqual({ markNotificationsRead: 0 });
    expect((await h.as('chief.demo').query(q)).data!.me.unreadNotifications).toBe(unread - 1);
    expect((await mark({ all: true })).data).toEqual({ markNotificationsRead: unread - 1 });
    expect((await h.as('chief.demo').query(q)).data!.me.unreadNotifications).toBe(0);
    const read = await h.as('chief.demo').query('{ notifications(first: 1) { edges { node { read readAt } } } }');
    expect(read.data!.notifications.edges[0].node).toMatchObject({ read: true, readAt: expect.any(String) });

    for (const vars of [{ ids: ['bogus'] }, {}, { ids: [first], all: true }]) {
      const r = await mark(vars);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual(['ids']);
    }
    expect(codes(await h.anonymous().query('{ notifications { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.anonymous().query('mutation { markNotificationsRead(all: true) }'))).toEqual(['UNAUTHENTICATED']);
    // a partner key has no inbox
    const k = await h
      .as('admin')
      .query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: 'inbox', scopes: ['STATISTICS_READ'] } });
    expect(codes(await h.raw('{ notifications { totalCount } }', {}, `ApiKey ${k.data!.createApiKey.secret}`))).toEqual(['FORBIDDEN']);
    // the reminders' deliveries: not for a school account
    expect(codes(await h.as('chief.demo').query('{ reminders(schoolYear: 111) { deliveries { status } } }'))).toEqual(['FORBIDDEN']);
  });

  it('without SMTP_URL each mail is an .eml file under data/mail, and the log names the file, not the address', async () => {
    const dir = tempDir('mail');
    await enqueueFor(1, 'File');
    await drain(dispatcher('d-file', { mailer: new FileMailer(dir) }));
    const [{ id }] = await h.ds.query("SELECT id FROM mail_delivery WHERE subject_type = 'File'");
    const file = `${dir}/delivery-${id}.event-${(await h.ds.query('SELECT event_id FROM mail_delivery WHERE id = ?', [id]))[0].event_id}inservice.local.eml`;
    const parsed = await simpleParser(fs.readFileSync(file));
    expect(parsed.subject).toBe('【帳號】您的業務帳號已啟用');
    expect(parsed.text).toContain('測試學校');
  });
});
