import fs from 'node:fs';
import path from 'node:path';

/**
 * The module seam (docs/ARCHITECTURE.md "Modules"), checked on the source text:
 * - a module uses another only through its index (`../directory`, never `../directory/unit.entity`);
 * - the modules' dependencies have no cycle;
 * - outside modules/, only the registry (modules/index.ts) is imported, apart from the tools named
 *   below that write every table (the seed, the migrations, the admin and start-up commands), and
 *   those through a module's index only;
 * - no bare `new Date()` / `Date.now()` in the modules: "now" comes from the one Clock.
 */
const SRC = path.join(__dirname, '..', 'src');
const MODULES_DIR = path.join(SRC, 'modules');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every relative import (static, `export ... from` and `import()`) of a file, resolved to a path without extension. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)'(\.[^']*)'/gm)].map((m) => m[1]);
  return specs.map((s) => path.resolve(path.dirname(file), s));
}

const moduleNames = fs
  .readdirSync(MODULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** 'directory' for src/modules/directory/x.ts, null outside a module. */
function moduleOf(p: string): string | null {
  const rel = path.relative(MODULES_DIR, p);
  if (rel.startsWith('..')) return null;
  const first = rel.split(path.sep)[0];
  return moduleNames.includes(first) ? first : null;
}

const isModuleIndex = (p: string, m: string) => p === path.join(MODULES_DIR, m) || p === path.join(MODULES_DIR, m, 'index');
const isRegistry = (p: string) => p === MODULES_DIR || p === path.join(MODULES_DIR, 'index');

/** Tools outside modules/ that may import a module's index (they write every table). */
const TOOLS = ['admin.ts', 'main.ts', path.join('db', 'seed'), path.join('db', 'migrations')];

describe('architecture: the module seam', () => {
  it('finds the modules and every one has an index exporting a descriptor listed in the registry', () => {
    expect(moduleNames.length).toBeGreaterThanOrEqual(6);
    const registry = fs.readFileSync(path.join(MODULES_DIR, 'index.ts'), 'utf8');
    for (const m of moduleNames) {
      const index = path.join(MODULES_DIR, m, 'index.ts');
      expect(fs.existsSync(index)).toBe(true);
      const descriptor = /export const (\w+Module): ModuleDescriptor/.exec(fs.readFileSync(index, 'utf8'));
      expect([m, descriptor?.[1]]).toEqual([m, expect.stringMatching(/Module$/)]);
      expect([m, registry.includes(`  ${descriptor![1]},`)]).toEqual([m, true]);
    }
  });

  it('a module uses another only through its index', () => {
    const violations: string[] = [];
    for (const m of moduleNames) {
      for (const f of tsFiles(path.join(MODULES_DIR, m))) {
        for (const imp of importsOf(f)) {
          const other = moduleOf(imp);
          if (other && other !== m && !isModuleIndex(imp, other)) violations.push(`${path.relative(SRC, f)} -> ${path.relative(SRC, imp)}`);
          if (isRegistry(imp)) violations.push(`${path.relative(SRC, f)} -> the registry`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the modules depend on each other without a cycle', () => {
    const deps = new Map<string, Set<string>>(moduleNames.map((m) => [m, new Set<string>()]));
    for (const m of moduleNames) {
      for (const f of tsFiles(path.join(MODULES_DIR, m))) {
        for (const imp of importsOf(f)) {
          const other = moduleOf(imp);
          if (other && other !== m) deps.get(m)!.add(other);
        }
      }
    }
    // depth-first search for a back edge; the cycle is reported as a path
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (m: string, trail: string[]) => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(m)), m].join(' -> '));
        return;
      }
      state.set(m, 'open');
      for (const d of deps.get(m)!) visit(d, [...trail, m]);
      state.set(m, 'done');
    };
    for (const m of moduleNames) visit(m, []);
    expect(cycles).toEqual([]);
    // the dependencies are real (the check is not vacuous): planning uses directory
    expect(deps.get('planning')!.has('directory')).toBe(true);
  });

  it('outside modules/, only the registry is imported (tools: a module index only)', () => {
    const violations: string[] = [];
    for (const f of tsFiles(SRC).filter((p) => moduleOf(p) === null && path.dirname(p) !== MODULES_DIR)) {
      const rel = path.relative(SRC, f);
      const tool = TOOLS.some((t) => rel === t || rel.startsWith(t + path.sep));
      for (const imp of importsOf(f)) {
        const m = moduleOf(imp);
        if (!m) continue;
        if (!(tool && isModuleIndex(imp, m))) violations.push(`${rel} -> ${path.relative(SRC, imp)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no bare new Date() or Date.now() in the modules: now comes from the Clock', () => {
    const found: string[] = [];
    for (const f of tsFiles(MODULES_DIR)) {
      fs.readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/new Date\(\)|Date\.now\(\)/.test(line.replace(/\/\/.*$/, ''))) found.push(`${path.relative(SRC, f)}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
  });
});
