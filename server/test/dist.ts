import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as ts from 'typescript';

/**
 * The server as production runs it, built once per test run for the suites that start it as a
 * process (production.test, shutdown.test): every file of server/src compiled to JavaScript with
 * the compiler options of tsconfig.build.json (what `npm run build` emits into server/dist; the
 * project sets isolatedModules, so each file compiles alone to the same code). Type errors are
 * `npm run typecheck`'s business, not the suite's.
 *
 * Each file's output is cached under server/.test-dist/cache by a hash of the TypeScript version,
 * the options, its path and its text, so a run recompiles only what changed (a cold build of the
 * ~180 files takes a few seconds; `tsc -p tsconfig.build.json` inside two suites took ~45 s each).
 * The tree goes to server/.test-dist/<hash of all outputs>/ (inside the project: node_modules and
 * the project root resolve from there as from server/dist), written once and then shared.
 */
const SERVER_DIR = path.resolve(__dirname, '..');
const ROOT = path.join(SERVER_DIR, '.test-dist');

export function buildTestDist(): string {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(SERVER_DIR, 'tsconfig.build.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.build.json could not be read');
  const options = parsed.options;
  const src = path.join(SERVER_DIR, 'src') + path.sep;
  const files = parsed.fileNames.filter((f) => path.resolve(f).startsWith(src)).sort();
  const cacheDir = path.join(ROOT, 'cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const salt = `${ts.version}\n${JSON.stringify(options)}\n`;
  const outputs: { rel: string; js: string; map?: string }[] = [];
  const all = createHash('sha256');
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(SERVER_DIR, file).replace(/\.ts$/, '.js');
    const key = createHash('sha256').update(salt).update(rel).update('\n').update(text).digest('hex');
    const cached = path.join(cacheDir, `${key}.json`);
    let out: { js: string; map?: string };
    if (fs.existsSync(cached)) {
      out = JSON.parse(fs.readFileSync(cached, 'utf8'));
      fs.utimesSync(cached, new Date(), new Date());
    } else {
      const t = ts.transpileModule(text, { compilerOptions: options, fileName: file, reportDiagnostics: true });
      const errors = (t.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
      if (errors.length) throw new Error(`${rel}: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
      out = { js: t.outputText, map: t.sourceMapText };
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(out));
      fs.renameSync(tmp, cached);
    }
    outputs.push({ rel, ...out });
    all.update(rel).update('\0').update(key).update('\0');
  }
  const dir = path.join(ROOT, all.digest('hex').slice(0, 16));
  if (!fs.existsSync(path.join(dir, 'complete'))) {
    const tmp = `${dir}.${process.pid}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    for (const { rel, js, map } of outputs) {
      fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
      fs.writeFileSync(path.join(tmp, rel), js);
      if (map) fs.writeFileSync(path.join(tmp, `${rel}.map`), map);
    }
    fs.writeFileSync(path.join(tmp, 'complete'), '');
    try {
      fs.renameSync(tmp, dir);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another run wrote the same tree first
    }
  }
  // trees of earlier sources and cached files unused for a day go
  const stale = (p: string) => Date.now() - fs.statSync(p).mtimeMs > 86_400_000;
  for (const e of fs.readdirSync(ROOT)) {
    const p = path.join(ROOT, e);
    if (e !== 'cache' && p !== dir && stale(p)) fs.rmSync(p, { recursive: true, force: true });
  }
  for (const e of fs.readdirSync(cacheDir)) if (stale(path.join(cacheDir, e))) fs.rmSync(path.join(cacheDir, e), { force: true });
  fs.utimesSync(dir, new Date(), new Date());
  return dir;
}

/** The entry points of this run's build (set by the global setup; test workers inherit it). */
export function testDist(file: string): string {
  const dir = process.env.INSERVICE_TEST_DIST;
  if (!dir) throw new Error('INSERVICE_TEST_DIST is not set: the global setup builds the server');
  return path.join(dir, 'src', file);
}
