import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { codes, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';
import { Dispatcher, FileMailer } from '../src/modules/messaging';
import { enqueue } from '../src/shared/outbox';
import { inTransaction } from '../src/shared/tx';
import { toGlobalId } from '../src/shared/global-id';
import { tempDir } from './db';

/**
 * Partner webhooks (issue 14) against a real HTTP receiver on a loopback port: it verifies each
 * signature as a partner would (HMAC-SHA256 of "<timestamp>.<body>" with the secret it was given)
 * and answers what the test tells it to.
 */
interface Hit {
  event: string;
  delivery: string;
  timestamp: number;
  signature: string;
  body: string;
  verified: boolean;
  json: any;
}

class Receiver {
  hits: Hit[] = [];
  /** Statuses to answer, in order; then 200. */
  answers: number[] = [];
  secret = '';
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = String(req.headers['x-inservice-signature'] ?? '');
      const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
      const timestamp = Number(req.headers['x-inservice-timestamp']);
      const expected = createHmac('sha256', this.secret).update(`${timestamp}.${body}`).digest('hex');
      const verified = !!m && Number(m[1]) === timestamp && timingSafeEqual(Buffer.from(m[2]), Buffer.from(expected));
      this.hits.push({
        event: String(req.headers['x-inservice-event']),
        delivery: String(req.headers['x-inservice-delivery']),
        timestamp,
        signature,
        body,
        verified,
        json: JSON.parse(body),
      });
      res.statusCode = this.answers.shift() ?? 200;
      res.end('ok');
    });
  });
  port = 0;
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }
  url(path = '/hook') {
    return `http://127.0.0.1:${this.port}${path}`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const clock = new TestClock();
let h: Harness;
const receiver = new Receiver();
const dispatcher = () =>
  new Dispatcher(h.ds, clock, { id: 'wh', mailer: new FileMailer(tempDir('webhook-mail')), retryBaseSeconds: 30, webhookTimeoutMs: 3000 });

async function drain(d: Dispatcher) {
  for (let i = 0; i < 50; i++) {
    const r = await d.runOnce();
    if (r.expanded + r.sent + r.retried + r.failed === 0) return;
  }
}

const CREATE_KEY = 'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }';
const CREATE_HOOK =
  'mutation($i: NewWebhookInput!) { createWebhook(input: $i) { secret webhook { id url events county { code } disabledAt } } }';
const count = async (table: string) => Number((await h.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

let statsKey: { id: string; secret: string };
let syncKey: { id: string; secret: string };
let taipei: number;
let other: number;

async function newKey(name: string, scopes: string[], countyId?: string): Promise<{ id: string; secret: string }> {
  const r = await h.as('admin').query(CREATE_KEY, { i: { name, scopes, countyId } });
  expect(r.errors).toBeUndefined();
  return { id: r.data!.createApiKey.key.id, secret: r.data!.createApiKey.secret };
}

/** Events written as a module writes them, for a business account that has an address. */
async function enqueueEvent(type: 'TRANSFER_ACCEPTED' | 'PLAN_SUBMITTED', countyId: number, subjectId: number) {
  const [a] = await h.ds.query("SELECT id FROM business_account WHERE email IS NOT NULL AND status = 'ACTIVE' ORDER BY id LIMIT 1");
  await inTransaction(h.ds, (em) =>
    enqueue(em, {
      type,
      subjectType: type === 'PLAN_SUBMITTED' ? 'SchoolPlan' : 'TeacherTransfer',
      subjectId,
      at: clock.now(),
      countyId,
      unitId: null,
      recipients: [{ kind: 'BUSINESS', id: Number(a.id) }],
      data: { unitName: '測試學校', schoolName: '測試學校', teacherName: '王小明', schoolYear: 111 },
    }),
  );
}

beforeAll(async () => {
  clock.set('2022-10-03T09:00:00+08:00');
  h = await seededHarness('webhooks', clock);
  await receiver.start();
  taipei = Number((await h.ds.query("SELECT county_id AS id FROM unit WHERE code = 'DC-TPE'"))[0].id);
  other = Number((await h.ds.query('SELECT MIN(id) AS id FROM county WHERE id <> ?', [taipei]))[0].id);
  statsKey = await newKey('county stats', ['STATISTICS_READ']);
  syncKey = await newKey('taipei sync', ['TEACHER_SYNC'], toGlobalId('County', taipei));
}, 300_000);

afterAll(async () => {
  await receiver.stop();
  await h.stop();
});

beforeEach(() => {
  receiver.hits = [];
  receiver.answers = [];
});

describe(`partner webhooks (${dbLabel()})`, () => {
  let hookId: string;

  it('only the platform registers a webhook; bad input is coded, names its field and changes nothing', async () => {
    const before = await count('webhook_endpoint');
    const ok = { apiKeyId: statsKey.id, url: receiver.url(), events: ['REMINDER', 'PLAN_SUBMITTED'] };
    for (const who of ['district.taipei', 'chief.demo', 'teacher.demo', 'operator.univ']) {
      expect(codes(await h.as(who).query(CREATE_HOOK, { i: ok }))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await h.anonymous().query(CREATE_HOOK, { i: ok }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.raw(CREATE_HOOK, { i: ok }, `ApiKey ${statsKey.secret}`))).toEqual(['FORBIDDEN']);
    const bad: [Record<string, unknown>, string, string][] = [
      [{ url: 'ftp://127.0.0.1/x' }, 'url', 'WEBHOOK_URL'],
      [{ url: 'http://partner.example/hook' }, 'url', 'WEBHOOK_URL'],
      [{ url: 'https://user:pw@partner.example/hook' }, 'url', 'WEBHOOK_URL'],
      [{ url: 'not a url' }, 'url', 'WEBHOOK_URL'],
      [{ events: [] }, 'events', 'INVALID_VALUE'],
      [{ events: ['TRANSFER_ACCEPTED'] }, 'events', 'EVENT_OUTSIDE_SCOPE'],
      [{ apiKeyId: toGlobalId('ApiKey', 999999) }, '', 'NO_SUCH_API_KEY'],
      [{ apiKeyId: toGlobalId('County', 1) }, 'apiKeyId', 'WRONG_ID_TYPE'],
    ];
    for (const [change, field, reason] of bad) {
      const r = await h.as('admin').query(CREATE_HOOK, { i: { ...ok, ...change } });
      expect(r.errors?.[0].extensions?.reason).toBe(reason);
      if (field) expect(r.errors![0].extensions!.fields).toEqual([field]);
    }
    const wrongCounty = await h.as('admin').query(CREATE_HOOK, {
      i: { apiKeyId: syncKey.id, url: receiver.url(), events: ['TRANSFER_ACCEPTED'], countyId: toGlobalId('County', other) },
    });
    expect(wrongCounty.errors![0].extensions).toMatchObject({ reason: 'COUNTY_OUTSIDE_KEY', fields: ['countyId'] });
    expect(await count('webhook_endpoint')).toBe(before);

    const r = await h.as('admin').query(CREATE_HOOK, { i: { ...ok, url: receiver.url() } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createWebhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(r.data!.createWebhook.webhook).toMatchObject({ events: ['REMINDER', 'PLAN_SUBMITTED'], county: null, disabledAt: null });
    receiver.secret = r.data!.createWebhook.secret;
    hookId = r.data!.createWebhook.webhook.id;
    // the secret is shown once: no field returns it again
    expect(JSON.stringify((await h.as('admin').query('{ webhooks { id url events } }')).data)).not.toContain(receiver.secret);
    const audit = await h
      .as('admin')
      .query('{ auditEvents(first: 1, operation: createWebhook) { edges { node { operation targetType } } } }');
    expect(audit.data!.auditEvents.edges[0].node).toEqual({ operation: 'createWebhook', targetType: 'Webhook' });
  });

  it('a reminder reaches the receiver signed; a 500 is retried with backoff, and the event carries IDs, no personal data', async () => {
    const r = await h.as('district.taipei').query('mutation { remindPendingSchools(schoolYear: 111) { school { id } } }');
    expect(r.errors).toBeUndefined();
    const schools = r.data!.remindPendingSchools.length;
    expect(schools).toBeGreaterThan(0);
    receiver.answers = [500];
    const d = dispatcher();
    await drain(d);
    // the first answered 500 and waits for its retry; the others arrived
    expect(receiver.hits).toHaveLength(schools);
    expect(receiver.hits.every((x) => x.verified && x.event === 'REMINDER')).toBe(true);
    const pending = await h
      .as('admin')
      .query(
        'query($w: ID!) { webhookDeliveries(webhookId: $w, first: 50) { totalCount edges { node { id status attempts responseStatus reason eventId nextAttemptAt } } } }',
        { w: hookId },
      );
    const rows = pending.data!.webhookDeliveries.edges.map((e: any) => e.node);
    expect(rows).toHaveLength(schools);
    const waiting = rows.filter((x: any) => x.status === 'PENDING');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ attempts: 1, responseStatus: 500, reason: 'HTTP 500' });
    expect(new Date(waiting[0].nextAttemptAt).getTime() - clock.now().getTime()).toBe(30_000);

    // not yet due: nothing goes
    await drain(d);
    expect(receiver.hits).toHaveLength(schools);
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    await drain(d);
    expect(receiver.hits).toHaveLength(schools + 1);
    const retried = receiver.hits[schools];
    expect(retried.verified).toBe(true);
    expect(retried.json.id).toBe(receiver.hits[0].json.id); // the same event, so a receiver can ignore a repeat
    const after = await h
      .as('admin')
      .query('query($w: ID!) { webhookDeliveries(webhookId: $w, first: 50) { edges { node { status attempts responseStatus } } } }', {
        w: hookId,
      });
    expect(after.data!.webhookDeliveries.edges.every((e: any) => e.node.status === 'SENT' && e.node.responseStatus === 200)).toBe(true);
    expect(after.data!.webhookDeliveries.edges.filter((e: any) => e.node.attempts === 2)).toHaveLength(1);

    const ev = receiver.hits[0].json;
    expect(Object.keys(ev).sort()).toEqual(['county', 'id', 'occurredAt', 'school', 'subject', 'type']);
    expect(ev).toMatchObject({ type: 'REMINDER', county: toGlobalId('County', taipei), subject: { type: 'Reminder' } });
    for (const hit of receiver.hits) expect(hit.body).not.toMatch(/@|[A-Z][12]\d{8}|09\d{8}/);
    // the receiver reads what it needs through the API with its key: the school of the event
    const school = await h.raw(
      'query($id: ID!) { node(id: $id) { ... on School { code } } }',
      { id: ev.school },
      `ApiKey ${statsKey.secret}`,
    );
    expect(school.errors).toBeUndefined();
  });

  it('a redelivery sends the same event again, as a new delivery pointing at the first', async () => {
    const list = await h
      .as('admin')
      .query('query($w: ID!) { webhookDeliveries(webhookId: $w, first: 1) { edges { node { id eventId } } } }', { w: hookId });
    const first = list.data!.webhookDeliveries.edges[0].node;
    expect(
      codes(await h.as('district.taipei').query('mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id } }', { d: first.id })),
    ).toEqual(['FORBIDDEN']);
    const again = await h
      .as('admin')
      .query('mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id status eventId redeliveryOf } }', { d: first.id });
    expect(again.errors).toBeUndefined();
    expect(again.data!.redeliverWebhook).toMatchObject({ status: 'PENDING', eventId: first.eventId, redeliveryOf: first.id });
    await drain(dispatcher());
    expect(receiver.hits).toHaveLength(1);
    expect(receiver.hits[0]).toMatchObject({ verified: true });
    expect(receiver.hits[0].json.id).toBe(first.eventId);
    expect(receiver.hits[0].delivery).not.toBe(first.id);
    const bad = await h
      .as('admin')
      .query('mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id } }', { d: toGlobalId('WebhookDelivery', 999999) });
    expect(bad.errors![0].extensions!.reason).toBe('NO_SUCH_WEBHOOK');
  });

  it("only what the key's scopes and county allow leaves: a county-bound sync key hears its county's transfers, not others' nor plan events", async () => {
    const sync = await h
      .as('admin')
      .query(CREATE_HOOK, { i: { apiKeyId: syncKey.id, url: receiver.url('/sync'), events: ['TRANSFER_ACCEPTED'] } });
    expect(sync.errors).toBeUndefined();
    expect(sync.data!.createWebhook.webhook.county).not.toBeNull(); // the key's county, though none was given
    const syncSecret = sync.data!.createWebhook.secret;
    await enqueueEvent('TRANSFER_ACCEPTED', taipei, 1);
    await enqueueEvent('TRANSFER_ACCEPTED', other, 2);
    await enqueueEvent('PLAN_SUBMITTED', other, 3);
    receiver.secret = syncSecret;
    await drain(dispatcher());
    const syncHits = receiver.hits.filter((x) => x.event === 'TRANSFER_ACCEPTED');
    expect(syncHits).toHaveLength(1);
    expect(syncHits[0].json).toMatchObject({ county: toGlobalId('County', taipei), subject: { type: 'TeacherTransfer' } });
    expect(syncHits[0].verified).toBe(true);
    // the statistics key's webhook took the plan event (any county: it is bound to none)
    expect(receiver.hits.filter((x) => x.event === 'PLAN_SUBMITTED')).toHaveLength(1);
  });

  it('a disabled webhook and a revoked key receive nothing', async () => {
    const dis = await h.as('admin').query('mutation($id: ID!) { disableWebhook(id: $id) { disabledAt } }', { id: hookId });
    expect(dis.data!.disableWebhook.disabledAt).toBeTruthy();
    expect(codes(await h.as('chief.demo').query('mutation($id: ID!) { disableWebhook(id: $id) { disabledAt } }', { id: hookId }))).toEqual([
      'FORBIDDEN',
    ]);
    await h.as('admin').query('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: syncKey.id });
    await enqueueEvent('PLAN_SUBMITTED', taipei, 4);
    await enqueueEvent('TRANSFER_ACCEPTED', taipei, 5);
    await drain(dispatcher());
    expect(receiver.hits).toEqual([]);
  });

  it('a receiver that is down is retried, and after maxAttempts the delivery FAILS with the reason', async () => {
    const key = await newKey('down', ['DIRECTORY_READ']);
    // a port nothing listens on (fetch refuses well-known ports such as 1 outright)
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await h
      .as('admin')
      .query(CREATE_HOOK, { i: { apiKeyId: key.id, url: `http://127.0.0.1:${port}/hook`, events: ['PLAN_SUBMITTED'] } });
    expect(r.errors).toBeUndefined();
    await enqueueEvent('PLAN_SUBMITTED', taipei, 6);
    const d = new Dispatcher(h.ds, clock, {
      id: 'wh-down',
      mailer: new FileMailer(tempDir('webhook-mail')),
      retryBaseSeconds: 30,
      maxAttempts: 2,
    });
    await drain(d);
    const page = (
      await h.as('admin').query('query($w: ID!) { webhookDeliveries(webhookId: $w) { edges { node { status attempts reason } } } }', {
        w: r.data!.createWebhook.webhook.id,
      })
    ).data!;
    expect(page.webhookDeliveries.edges[0].node).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(page.webhookDeliveries.edges[0].node.reason).toMatch(/ECONNREFUSED|connect/i);
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    await drain(d);
    const end = (
      await h.as('admin').query('query($w: ID!) { webhookDeliveries(webhookId: $w) { edges { node { status attempts } } } }', {
        w: r.data!.createWebhook.webhook.id,
      })
    ).data!;
    expect(end.webhookDeliveries.edges[0].node).toEqual({ status: 'FAILED', attempts: 2 });
  });
});
