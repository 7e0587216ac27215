import { GraphQLError } from 'graphql';
import type { DataSource, Logger } from 'typeorm';
import { createApp, App } from '../src/app';
import { Context } from '../src/context';
import { sharedDatabase } from './db';
import type { Clock } from '../src/shared/clock';
import type { QueryLimits } from '../src/limits';
import type { LoginLimits } from '../src/auth/login-guard';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  extensions?: Record<string, any>;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * The API as a client sees it, in process: `h.as('chief.demo').query(...)` logs in with the demo
 * password through the real `login` mutation and sends the token like the HTTP layer does.
 */
export class Harness {
  /** Tokens by username, with the (injected) clock's time of their login: one logs in again once its session would have ended. */
  private tokens = new Map<string, { token: string; at: number }>();

  private constructor(
    readonly app: App,
    readonly ds: DataSource,
  ) {}

  static async start(
    opts: { ds?: DataSource; logger?: Logger; clock?: Clock; limits?: Partial<QueryLimits>; login?: Partial<LoginLimits> } = {},
  ): Promise<Harness> {
    const ds = opts.ds ?? (await sharedDatabase(opts.logger));
    return new Harness(await createApp(ds, { tokenSecret: TEST_SECRET, clock: opts.clock, limits: opts.limits, login: opts.login }), ds);
  }

  /**
   * Stops the server and closes the database, after checking that every audit row the suite's
   * writes left is in the vocabulary of the contract (a failing afterAll fails the suite).
   */
  async stop(): Promise<void> {
    await this.app.apollo.stop();
    if (!this.ds.isInitialized) return;
    try {
      const off = await auditVocabularyViolations(this.ds);
      if (off.length) throw new Error(`audit rows outside the AuditOperation/ActorKind/AuditTargetType enums: ${off.join('; ')}`);
    } finally {
      await this.ds.destroy();
    }
  }

  /** Runs an operation with the given Authorization header (undefined: anonymous). */
  async raw<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    authorization?: string,
    clientAddress = '127.0.0.1',
  ): Promise<Result<T>> {
    let contextValue: Context;
    try {
      contextValue = await this.app.context(authorization, clientAddress);
    } catch (e) {
      // as over HTTP: an error reading the caller (e.g. INVALID_API_KEY) is the whole answer
      if (!(e instanceof GraphQLError)) throw e;
      const { http: _http, ...extensions } = e.extensions as Record<string, unknown>;
      return { errors: [{ message: e.message, extensions }] };
    }
    const res = await this.app.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental delivery not expected');
    return res.body.singleResult as Result<T>;
  }

  anonymous() {
    return { query: <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) => this.raw<T>(q, v) };
  }

  async token(username: string, password = 'demo1234'): Promise<string> {
    const now = this.app.services.clock.now().getTime();
    const cached = this.tokens.get(username);
    // sessions and tokens follow the one clock: a test that moves it past a session's end logs in again
    let t = cached && now - cached.at < (this.app.tokens.ttlSeconds - 60) * 1000 ? cached.token : undefined;
    if (!t) {
      const r = await this.raw<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      t = r.data.login.token;
      this.tokens.set(username, { token: t, at: now });
    }
    return t;
  }

  /** Drops the cached tokens (after a logout or logoutEverywhere ended them). */
  forgetTokens(): void {
    this.tokens.clear();
  }

  as(username: string) {
    return {
      query: async <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) =>
        this.raw<T>(q, v, `Bearer ${await this.token(username)}`),
    };
  }
}

/** The distinct (operation, actor kind, target type) of stored audit rows that are not values of their GraphQL enums. */
export async function auditVocabularyViolations(ds: DataSource): Promise<string[]> {
  const { LABELS } = await import('../src/shared/labels');
  const qr = ds.createQueryRunner();
  try {
    if (!(await qr.hasTable('audit_event'))) return [];
  } finally {
    await qr.release();
  }
  const rows: { operation: string; actorKind: string; targetType: string }[] = await ds.query(
    'SELECT DISTINCT operation, actor_kind AS actorKind, target_type AS targetType FROM audit_event',
  );
  return rows
    .filter((r) => !(r.operation in LABELS.AuditOperation && r.actorKind in LABELS.ActorKind && r.targetType in LABELS.AuditTargetType))
    .map((r) => `${r.operation}/${r.actorKind}/${r.targetType}`);
}

/** The codes of a result's errors, in order. */
export const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * A database of its own for suites that change things: a copy of the template the global setup
 * migrated and seeded with the demo data (a file copy on SQLite, a table copy on MariaDB), so no
 * suite seeds again.
 */
export async function seededHarness(name: string, clock?: Clock, login?: Partial<LoginLimits>): Promise<Harness> {
  const { templateCopy } = await import('./db');
  return Harness.start({ ds: await templateCopy(name), clock, login });
}

/** The IDs of the demo data the suites act on. */
export async function demoIds(h: Harness) {
  const { toGlobalId } = await import('../src/shared/global-id');
  const one = async (sql: string) => Number((await h.ds.query(sql))[0].id);
  const account = (username: string) => one(`SELECT business_account_id AS id FROM credential WHERE username = '${username}'`);
  const demoSchool = await one("SELECT id FROM unit WHERE code = '020001'");
  const teacherDemo = await one("SELECT teacher_id AS id FROM credential WHERE username = 'teacher.demo'");
  const teacherOther = await one("SELECT teacher_id AS id FROM credential WHERE username = 'teacher.other'");
  const otherSchool = await one(`SELECT school_id AS id FROM teacher WHERE id = ${teacherOther}`);
  const university = await one("SELECT id FROM unit WHERE kind = 'UNIVERSITY'");
  const g = {
    demoSchool: toGlobalId('School', demoSchool),
    otherSchool: toGlobalId('School', otherSchool),
    university: toGlobalId('Unit', university),
    thirdSchool: toGlobalId('School', await one("SELECT id FROM unit WHERE code = '010001'")),
    districtUnit: toGlobalId('Unit', await one("SELECT id FROM unit WHERE code = 'DC-TPE'")),
    teacherDemo: toGlobalId('Teacher', teacherDemo),
    teacherOther: toGlobalId('Teacher', teacherOther),
    teacherPeer: toGlobalId(
      'Teacher',
      await one(`SELECT MIN(id) AS id FROM teacher WHERE school_id = ${demoSchool} AND id <> ${teacherDemo}`),
    ),
    chiefDemo: toGlobalId('BusinessAccount', await account('chief.demo')),
    contactDemo: toGlobalId('BusinessAccount', await account('contact.demo')),
    operatorDemo: toGlobalId('BusinessAccount', await account('operator.demo')),
    chiefOther: toGlobalId('BusinessAccount', await account('chief.other')),
    operatorUniv: toGlobalId('BusinessAccount', await account('operator.univ')),
  };
  return { ...g, raw: { demoSchool, otherSchool, teacherDemo, teacherOther } };
}

let idSeq = 0;
/** A valid national ID no generated person holds (the generator never uses the letter Y). */
export function freshNationalId(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { withCheckDigit } = require('../src/shared/national-id') as typeof import('../src/shared/national-id');
  idSeq++;
  return withCheckDigit(`Y1${String(1000000 + idSeq).padStart(7, '0')}`);
}

/** A clock the test moves: `clock.set('2022-08-15T10:00:00+08:00')`. */
export class TestClock implements Clock {
  private t = new Date();
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = new Date(iso);
  }
}
