import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../src/http';
import { createLogger, logLevelFromEnv, requestIdFrom } from '../src/shared/log';
import { scrubPersonalData } from '../src/shared/personal-data';
import { Harness } from './harness';

/** A logger at info whose JSON lines land in `lines`. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const NATIONAL_ID = 'A123456789';
const EMAIL = 'someone@example.com';

describe('structured logs: a request ID on every line, no personal data', () => {
  let h: Harness;
  let server: Server;
  let base: string;
  const capture = capturingLogger();

  beforeAll(async () => {
    h = await Harness.start();
    server = createHttpServer(h.app, { log: capture.logger });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.stop();
  });
  beforeEach(() => capture.lines.splice(0));

  const login = (headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: EMAIL, p: `pw-${NATIONAL_ID}` },
      }),
    });

  it('a failing request: its log line carries the request ID of the response, and no national ID, e-mail or password', async () => {
    const accounts = h.app.services.accounts;
    const original = accounts.login;
    // the fault: a failure whose message quotes personal data (as a driver's message may)
    accounts.login = async () => {
      throw new Error(`lookup failed for ${NATIONAL_ID} <${EMAIL}> tel 0912-345-678`);
    };
    let res: Response;
    try {
      res = await login({ authorization: 'Bearer not-a-real-token-but-secret' });
    } finally {
      accounts.login = original;
    }
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const lines = capture.parsed();
    const failure = lines.find((l) => l.msg === 'internal error');
    expect(failure).toMatchObject({ requestId, level: 50, path: 'login' });
    expect(JSON.stringify(failure)).toContain('lookup failed for [national-id] <[email]> tel [phone]');
    // the access line of the same request
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ requestId, method: 'POST', path: '/graphql', status: 200 });
    const all = capture.lines.join('');
    for (const secret of [NATIONAL_ID, EMAIL, '0912-345-678', 'not-a-real-token-but-secret', `pw-${NATIONAL_ID}`])
      expect(all).not.toContain(secret);
  });

  it('keeps a sane x-request-id of the client, and replaces one that is not sane or carries personal data', async () => {
    const kept = await login({ 'x-request-id': 'trace-42.a' });
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a');
    expect(capture.parsed().some((l) => l.requestId === 'trace-42.a')).toBe(true);

    for (const given of [`req-${NATIONAL_ID}`, EMAIL, 'a b', 'x'.repeat(65), 'line\\nbreak']) {
      capture.lines.splice(0);
      const res = await login({ 'x-request-id': given });
      const id = res.headers.get('x-request-id');
      expect(id).not.toBe(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(capture.lines.join('')).not.toContain(given);
    }
  });

  it('an error of the HTTP layer (a download that fails) is logged with its request ID, scrubbed', async () => {
    const token = await h.token('admin');
    // the fault: the statistics fail with a message that quotes an e-mail address
    const spy = jest.spyOn(h.app.services.analytics, 'participation').mockRejectedValue(new Error(`export failed at ${EMAIL}`));
    let res: Response;
    try {
      res = await fetch(`${base}/exports/participation.csv?schoolYears=110&q=${NATIONAL_ID}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    } finally {
      spy.mockRestore();
    }
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id');
    const failure = capture.parsed().find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ requestId, path: '/exports/participation.csv', level: 50 });
    expect(capture.parsed().find((l) => l.msg === 'request')).toMatchObject({ requestId, status: 500 });
    expect(JSON.stringify(failure)).toContain('export failed at [email]');
    expect(capture.lines.join('')).not.toContain(EMAIL);
    expect(capture.lines.join('')).not.toContain(NATIONAL_ID);
  });
});

describe('the logger itself', () => {
  it('redacts personal and secret fields by name, at the top level and one level down, and request headers', () => {
    const { logger, lines } = capturingLogger();
    logger.info(
      {
        nationalId: 'B223456780',
        password: 'Secret123',
        user: { email: 'x@y.tw', phone: '0223456789', name: 'ok' },
        req: { headers: { authorization: 'ApiKey abc', 'x-api-key': 'abc', cookie: 'sid=1', accept: 'text/html' } },
        variables: { anything: 1 },
      },
      'hello',
    );
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      nationalId: '[redacted]',
      password: '[redacted]',
      user: { email: '[redacted]', phone: '[redacted]', name: 'ok' },
      req: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', cookie: '[redacted]', accept: 'text/html' } },
      variables: '[redacted]',
      msg: 'hello',
    });
  });

  it('scrubs free text: messages, interpolated values, fields and errors', () => {
    const { logger, lines } = capturingLogger();
    logger.warn({ note: 'mail x.y@school.edu.tw or call (02) 2345-6789' }, 'teacher %s failed', 'c123456789');
    logger.error({ err: new Error('Duplicate entry A123456789 for key') }, 'db');
    expect(lines[0]).toContain('teacher [national-id] failed');
    expect(lines[0]).toContain('mail [email] or call [phone]');
    expect(lines[1]).toContain('Duplicate entry [national-id] for key');
    expect(lines.join('')).not.toMatch(/[A-Za-z][12][0-9]{8}|@school|2345-6789/);
  });

  it('scrubPersonalData leaves ordinary text, IDs and numbers alone', () => {
    const text = 'request 0b7c2a4e-0912-4345-8678-123456789012 took 12.5 ms; school 020001, year 113, 3 of 10 teachers';
    expect(scrubPersonalData(text)).toBe(text);
    expect(scrubPersonalData('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc')).toBe('Bearer [redacted]');
  });

  it('LOG_LEVEL picks the level; tests are quiet by default', () => {
    expect(logLevelFromEnv({ NODE_ENV: 'test' })).toBe('silent');
    expect(logLevelFromEnv({ NODE_ENV: 'production' })).toBe('info');
    expect(logLevelFromEnv({ NODE_ENV: 'test', LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelFromEnv({ LOG_LEVEL: 'loud' })).toBe('info');
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(['abc-1', 'def'])).toBe('abc-1');
  });
});
