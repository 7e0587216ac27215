import type { DataSource, Logger } from 'typeorm';
import { createApp, App } from '../src/app';
import { Context } from '../src/context';
import { sharedDatabase } from './db';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * The API as a client sees it, in process: `h.as('chief.demo').query(...)` logs in with the demo
 * password through the real `login` mutation and sends the token like the HTTP layer does.
 */
export class Harness {
  private tokens = new Map<string, string>();

  private constructor(readonly app: App, readonly ds: DataSource) {}

  static async start(opts: { ds?: DataSource; logger?: Logger } = {}): Promise<Harness> {
    const ds = opts.ds ?? (await sharedDatabase(opts.logger));
    return new Harness(await createApp(ds, { tokenSecret: TEST_SECRET }), ds);
  }

  async stop(): Promise<void> {
    await this.app.apollo.stop();
    if (this.ds.isInitialized) await this.ds.destroy();
  }

  /** Runs an operation with the given Authorization header (undefined: anonymous). */
  async raw<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<Result<T>> {
    const contextValue: Context = await this.app.context(authorization);
    const res = await this.app.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('incremental delivery not expected');
    return res.body.singleResult as Result<T>;
  }

  anonymous() {
    return { query: <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) => this.raw<T>(q, v) };
  }

  async token(username: string, password = 'demo1234'): Promise<string> {
    let t = this.tokens.get(username);
    if (!t) {
      const r = await this.raw<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      t = r.data.login.token;
      this.tokens.set(username, t);
    }
    return t;
  }

  as(username: string) {
    return {
      query: async <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}) =>
        this.raw<T>(q, v, `Bearer ${await this.token(username)}`),
    };
  }
}

/** The codes of a result's errors, in order. */
export const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);
