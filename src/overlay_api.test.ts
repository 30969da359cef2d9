// API parity of tsgo's overlay packages with gc's: every exported function, method, type and field that GOROOT's
// api/go1*.txt lists for an overlaid package must exist in the overlay with the same type, so that GOROOT packages
// and user code that import it type-check. Each api line becomes a typed declaration in a generated Go file, which
// `tsgo check` must accept:
//   pkg sync, func NewCond(Locker) *Cond              var _ func(sync.Locker) *sync.Cond = sync.NewCond
//   pkg sync, method (*Mutex) Lock()                  var _ func(*sync.Mutex) = (*sync.Mutex).Lock
//   pkg sync, type Pool struct, New func() interface{}   var _ func() interface{} = sync.Pool{}.New
//   pkg sync, type Locker interface, Lock()           var _ func(sync.Locker) = sync.Locker.Lock
// A generic type's parameters ($0) are instantiated with int.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../cmd/check.ts';
import { findGoroot } from '../compiler/loader/goenv.ts';

const PACKAGES = ['sync', 'sync/atomic'];

/** apiLines returns GOROOT's api lines for pkg (`pkg sync, ...` without the prefix and the issue number). */
function apiLines(pkg: string): string[] {
  const dir = path.join(findGoroot(), 'api');
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => /^go1.*\.txt$/.test(n))) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const prefix = `pkg ${pkg}, `;
      if (line.startsWith(prefix)) out.push(line.slice(prefix.length).replace(/ #\d+$/, ''));
    }
  }
  return out;
}

/** qualify prefixes the package's own exported type names in a type or signature with its name. */
function qualify(text: string, name: string): string {
  return text.replace(/\$0/g, 'int').replace(/(^|[^.\w])([A-Z]\w*)/g, (_, pre: string, id: string) => `${pre}${name}.${id}`);
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
  m = /^type (\w+)(?:\[.*\])? struct, (\w+) (.*)$/.exec(line);
  if (m) return `var _ ${qualify(m[3]!, name)} = ${name}.${m[1]}{}.${m[2]}`;
  m = /^type (\w+) interface, (\w+)\((.*?)\)(.*)$/.exec(line);
  if (m) return `var _ func(${name}.${m[1]}${m[3] ? ', ' + qualify(m[3], name) : ''})${qualify(m[4]!, name)} = ${name}.${m[1]}.${m[2]}`;
  m = /^type (\w+)(\[.*\])? (struct|interface)/.exec(line);
  if (m) return `var _ *${name}.${m[1]}${m[2] ? '[int]' : ''}`;
  return undefined;
}

describe('overlay API parity with gc', () => {
  it.each(PACKAGES)('%s offers every exported declaration of gc 1.19', async (pkg) => {
    const name = pkg.split('/').pop()!;
    const lines = apiLines(pkg);
    expect(lines.length).toBeGreaterThan(10);
    const decls = lines.map((l) => declaration(l, name) ?? `unparsed api line: ${l}`);
    expect(decls.filter((d) => d.startsWith('unparsed'))).toEqual([]);
    const src = `package main\n\nimport (\n\t"${pkg}"\n\t"unsafe"\n)\n\nvar _ unsafe.Pointer\n\nfunc main() {\n\t${decls.join('\n\t')}\n}\n`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-api-'));
    try {
      const file = path.join(dir, 'api.go');
      fs.writeFileSync(file, src);
      let out = '';
      const code = await runCheck([file], { target: 'host', overlays: true }, { stdout: (s) => (out += s), stderr: (s) => (out += s), cwd: dir });
      expect(out).toBe('');
      expect(code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
