// Shared set-up of the browser tests: a real server on a free port with its own fresh embedded
// database (seeded with the demo data on first start), and Debian's chromium driven by playwright-core.
// The UI must be built first (`npm run build` at the root; `npm run test:e2e` at the root does it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.resolve(here, '..');
const serverMain = path.resolve(clientDir, '../server/dist/src/main.js');

export const PASSWORD = 'demo1234';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
/** Set E2E_SCREENSHOTS=/some/dir to keep a screenshot of each checked page. */
const SHOTS = process.env.E2E_SCREENSHOTS;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(base, child, log, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log.join('')}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s:\n${log.join('')}`);
}

/** Starts server + browser; call `stop()` after. `env`: extra environment of the server process. */
export async function startStack({ env = {} } = {}) {
  if (!fs.existsSync(serverMain)) throw new Error(`${serverMain} is missing: run \`npm run build\` at the root first`);
  if (!fs.existsSync(path.join(clientDir, 'dist', 'index.html')))
    throw new Error('client/dist is missing: run `npm run build` at the root first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (never download a browser)`);

  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-e2e-'));
  const log = [];
  const child = spawn(process.execPath, [serverMain], {
    cwd: clientDir,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const base = `http://127.0.0.1:${port}`;

  let browser;
  try {
    await waitHealthy(base, child, log);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }

  return {
    base,
    browser,
    log,
    /** The server's DATA_DIR (its database; mail as .eml files under mail/ when SMTP_URL is unset). */
    dataDir,
    /** A fresh browser context (own localStorage) with a page on the app. */
    async newPage() {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, locale: 'zh-TW' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // Uncaught exceptions and console errors of the page, checked by `done(page)`.
      page.problems = [];
      page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') page.problems.push(`console.error: ${m.text()}`);
      });
      return page;
    },
    /** Log in through the API (for ids the test needs); returns the bearer token. */
    async apiToken(username) {
      const r = await graphql(base, null, 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', {
        u: username,
        p: PASSWORD,
      });
      return r.data.login.token;
    },
    graphql: (token, query, variables) => graphql(base, token, query, variables),
    async stop() {
      await browser?.close().catch(() => {});
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graphql(base, token, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** Closes the page's context, failing if the page threw or logged an error meanwhile. */
export async function done(page, { expected = [] } = {}) {
  // `expected`: console messages the test provoked on purpose (e.g. the browser's own line for a 429 answer)
  const problems = (page.problems ?? []).filter((p) => !expected.some((re) => re.test(p)));
  await page.context().close();
  if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
}

/** Logs in through the login form and waits for the app shell. */
export async function logIn(page, username, password = PASSWORD) {
  await page.goto('/login');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
}

/** The test ids of the navigation items shown, e.g. ['nav-home', 'nav-schools']. */
export async function navItems(page) {
  await page.waitForSelector('nav.app-nav');
  return page.$$eval('nav.app-nav a', (as) => as.map((a) => a.getAttribute('data-testid')));
}

/** The texts of one column of a table, by the cell's data-col. */
export async function column(page, table, col) {
  return page.$$eval(`[data-testid=${table}] tbody td[data-col=${col}]`, (tds) => tds.map((td) => td.textContent.trim()));
}

export async function shot(page, name) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A valid national ID (checksum of docs/DOMAIN.md section 3) with this letter, e.g. nationalId('Y', 1234567). */
export function nationalId(letter, seq, second = 1) {
  const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
  const first9 = `${letter}${second}${String(seq).padStart(7, '0')}`;
  const v = LETTERS.indexOf(letter) + 10;
  let s = Math.floor(v / 10) + 9 * (v % 10);
  for (let i = 1; i <= 8; i++) s += (9 - i) * Number(first9[i]);
  return first9 + String((10 - (s % 10)) % 10);
}

/** The row of a business account in the management table, by username. */
export function accountRow(page, username) {
  return page.locator(`[data-testid=accounts-table] tbody tr[data-username="${username}"]`);
}
