// API parity of tsgo's overlay packages with gc's: every exported declaration that GOROOT's api/go1*.txt lists for an
// overlaid package (for linux/amd64, the host: the platform-independent lines and the `(linux-amd64)` ones, less
// what api/except.txt says was changed) must exist in the overlay with the same type, so that GOROOT packages and
// user code that import it type-check. Each api line becomes a typed declaration in a generated Go file, which
// `tsgo check` must accept:
//   pkg sync, func NewCond(Locker) *Cond              var _ func(sync.Locker) *sync.Cond = sync.NewCond
//   pkg sync, method (*Mutex) Lock()                  var _ func(*sync.Mutex) = (*sync.Mutex).Lock
//   pkg sync, type Pool struct, New func() interface{}   var _ func() interface{} = sync.Pool{}.New
//   pkg sync, type Locker interface, Lock()           var _ func(sync.Locker) = sync.Locker.Lock
//   pkg os, const O_RDONLY int                        var _ int = os.O_RDONLY
//   pkg os, const O_APPEND = 1024                     var _ = map[bool]int{false: 0, os.O_APPEND == 1024: 1}
//   pkg os, var Args []string                         var _ []string = os.Args
//   pkg os, type FileMode = fs.FileMode               var _ *fs.FileMode = (*os.FileMode)(nil)
//   pkg syscall, type Errno uintptr                   var _ = (*uintptr)((*syscall.Errno)(nil))
// (a constant with another value makes the map literal's keys collide). A generic type's parameters ($0) are
// instantiated with int. The declarations an overlay leaves out on purpose are listed in MISSING with the reason.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../cmd/check.ts';
import { findGoroot } from '../compiler/loader/goenv.ts';

/** PACKAGES are the overlays checked, each with the platform whose api lines apply besides the common ones. */
const PACKAGES = ['sync', 'sync/atomic', 'runtime', 'runtime/debug', 'os', 'syscall', 'reflect'];
const PLATFORM = 'linux-amd64';

/** MISSING lists, per package, api lines (without `pkg P, `) that the overlay leaves out, and why. */
const MISSING: Record<string, Record<string, string>> = {};

/** apiFiles returns the api files in release order (go1.txt, go1.1.txt, ..., go1.19.txt). */
function apiFiles(dir: string): string[] {
  const minor = (n: string) => Number(/^go1(?:\.(\d+))?\.txt$/.exec(n)?.[1] ?? 0);
  return fs.readdirSync(dir).filter((n) => /^go1.*\.txt$/.test(n)).sort((a, b) => minor(a) - minor(b));
}

/** apiLines returns GOROOT's api lines for pkg on the host, without the `pkg P, ` prefix and issue numbers. */
function apiLines(pkg: string): string[] {
  const dir = path.join(findGoroot(), 'api');
  const strip = (line: string) => {
    for (const prefix of [`pkg ${pkg}, `, `pkg ${pkg} (${PLATFORM}), `]) {
      if (line.startsWith(prefix)) return line.slice(prefix.length).replace(/ #\d+$/, '');
    }
    return undefined;
  };
  const except = new Set(
    fs.readFileSync(path.join(dir, 'except.txt'), 'utf8').split('\n').map(strip).filter((l) => l !== undefined),
  );
  const out: string[] = [];
  for (const f of apiFiles(dir)) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const l = strip(line);
      if (l !== undefined && !except.has(l) && !out.includes(l)) out.push(l);
    }
  }
  return out;
}

/** qualify prefixes the package's own exported type names in a type or signature with its name. */
function qualify(text: string, name: string): string {
  return text.replace(/\$0/g, 'int').replace(/(^|[^.\w]|\.\.\.)([A-Z]\w*)/g, (_, pre: string, id: string) => `${pre}${name}.${id}`);
}

/** declaration turns one api line into a Go statement that type-checks exactly when the API is present. */
function declaration(line: string, name: string): string | undefined {
  let m = /^func (\w+)(\(.*)$/.exec(line);
  if (m) return `var _ func${qualify(m[2]!, name)} = ${name}.${m[1]}`;
  m = /^method \((\*?)(\w+)(?:\[\$0\])?\) (\w+)\((.*?)\)(.*)$/.exec(line);
  if (m) {
    const recv = `${m[1]}${name}.${m[2]}${line.includes('[$0]') ? '[int]' : ''}`;
    const params = [recv, ...(m[4] ? [qualify(m[4], name)] : [])].join(', ');
    return `var _ func(${params})${qualify(m[5]!, name)} = (${recv}).${m[3]}`;
  }
  m = /^const (\w+) = (.*)$/.exec(line);
  if (m) return `var _ = map[bool]int{false: 0, ${name}.${m[1]} == ${m[2]}: 1}`;
  m = /^const (\w+) ideal-\w+$/.exec(line);
  if (m) return `var _ = ${name}.${m[1]}`;
  m = /^const (\w+) (.+)$/.exec(line);
  if (m) return `var _ ${qualify(m[2]!, name)} = ${name}.${m[1]}`;
  m = /^var (\w+) (.+)$/.exec(line);
  if (m) return `var _ ${qualify(m[2]!, name)} = ${name}.${m[1]}`;
  m = /^type (\w+)(?:\[.*\])? struct, embedded \*?(?:\w+\.)?(\w+)$/.exec(line);
  if (m) return `var _ = ${name}.${m[1]}{}.${m[2]}`;
  m = /^type (\w+)(?:\[.*\])? struct, (\w+) (.*)$/.exec(line);
  // An api line abbreviates a field of anonymous struct type as `[61]struct`: its existence is what can be checked.
  if (m && /struct$/.test(m[3]!)) return `var _ = ${name}.${m[1]}{}.${m[2]}`;
  if (m) return `var _ ${qualify(m[3]!, name)} = ${name}.${m[1]}{}.${m[2]}`;
  m = /^type (\w+) interface, unexported methods$/.exec(line);
  if (m) return `var _ ${name}.${m[1]}`;
  m = /^type (\w+) interface, (\w+)\((.*?)\)(.*)$/.exec(line);
  if (m) return `var _ func(${name}.${m[1]}${m[3] ? ', ' + qualify(m[3], name) : ''})${qualify(m[4]!, name)} = ${name}.${m[1]}.${m[2]}`;
  m = /^type (\w+)(\[.*\])? (struct|interface)/.exec(line);
  if (m) return `var _ *${name}.${m[1]}${m[2] ? '[int]' : ''}`;
  m = /^type (\w+) = (.+)$/.exec(line);
  if (m) return `var _ *${qualify(m[2]!, name)} = (*${name}.${m[1]})(nil)`;
  m = /^type (\w+) (\w+)$/.exec(line);
  if (m) return `var _ = (*${m[2]})((*${name}.${m[1]})(nil))`;
  return undefined;
}

/** IMPORTS are the packages an api line's types may name, by the name they are written with. */
const IMPORTS: Record<string, string> = { fs: 'io/fs', io: 'io', time: 'time', syscall: 'syscall', sync: 'sync', unsafe: 'unsafe' };

/** source returns the Go file holding pkg's declarations, importing pkg and every package they name. */
function source(pkg: string, decls: string[]): string {
  const name = pkg.split('/').pop()!;
  const used = new Set([pkg, 'unsafe']);
  for (const [short, p] of Object.entries(IMPORTS)) {
    if (short !== name && decls.some((d) => new RegExp(`\\b${short}\\.`).test(d.replace(new RegExp(`\\b${name}\\.`, 'g'), '')))) {
      used.add(p);
    }
  }
  const imports = [...used].sort().map((p) => `\t"${p}"`).join('\n');
  const uses = [...used].filter((p) => p !== pkg).map((p) => {
    const short = p.split('/').pop()!;
    return short === 'unsafe' ? 'var _ unsafe.Pointer' : `var _ = ${short}.${{ fs: 'ValidPath', io: 'EOF', time: 'Now', syscall: 'Getpid', sync: 'NewCond' }[short]}`;
  });
  return `package main\n\nimport (\n${imports}\n)\n\n${uses.join('\n')}\n\nfunc main() {\n\t${decls.join('\n\t')}\n}\n`;
}

describe('overlay API parity with gc', () => {
  it.each(PACKAGES)('%s offers every exported declaration of gc 1.19 (linux/amd64)', async (pkg) => {
    const name = pkg.split('/').pop()!;
    const missing = MISSING[pkg] ?? {};
    const lines = apiLines(pkg).filter((l) => !(l in missing));
    expect(lines.length).toBeGreaterThan(10);
    const decls = lines.map((l) => declaration(l, name) ?? `unparsed api line: ${l}`);
    expect(decls.filter((d) => d.startsWith('unparsed'))).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-api-'));
    try {
      const file = path.join(dir, 'api.go');
      fs.writeFileSync(file, source(pkg, decls));
      let out = '';
      const code = await runCheck([file], { target: 'host', overlays: true }, { stdout: (s) => (out += s), stderr: (s) => (out += s), cwd: dir });
      expect(out).toBe('');
      expect(code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists as missing only declarations gc has', () => {
    for (const [pkg, lines] of Object.entries(MISSING)) {
      const api = new Set(apiLines(pkg));
      for (const line of Object.keys(lines)) expect(api.has(line), `${pkg}: ${line}`).toBe(true);
    }
  });
});
