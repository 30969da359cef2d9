// Build constraints: `//go:build` expressions (and legacy `// +build` lines) and the `_GOOS`, `_GOARCH`, `_test`
// file-name rules of the go command, evaluated against a set of tags. Expression grammar (go/build/constraint):
//   expr = or ; or = and { "||" and } ; and = not { "&&" not } ; not = "!" not | "(" expr ")" | tag

import { findGoroot, goVersionMinor } from './goenv.ts';

/** KNOWN_GOOS and KNOWN_GOARCH are the names the file-name rules recognise (others are ordinary name parts). */
const KNOWN_GOOS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd',
  'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_GOARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64',
  'wasm', 'avr',
]);

/** BuildContext is what constraints are evaluated against. */
export interface BuildContext {
  goos: string;
  goarch: string;
  /** tags holds every satisfied tag: goos, goarch, target tags, `tinygo`, `go1.1`…`go1.N`, user -tags. */
  tags: Set<string>;
  /**
   * noAssembly selects a package with assembly for goarch as for a portable architecture (files.ts's portableContext):
   * set for tsgo's builds, which compile no assembly; unset for gc's own selection (the go/types oracle).
   */
  noAssembly?: boolean;
}

/** UNIX_GOOS are the systems that satisfy the `unix` tag (go/build's unixOS list). */
const UNIX_GOOS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'linux', 'netbsd', 'openbsd', 'solaris']);

/**
 * newBuildContext returns the context for a target: goos, goarch, the target's and the user's tags, `tinygo`, `tsgo`,
 * `purego` and `math_big_pure_go` (no assembly), `unix` on Unix systems, and the release tags go1.1 … go1.<maxMinor>
 * (by default the release of the GOROOT in use). `cgo` is never set.
 */
export function newBuildContext(goos: string, goarch: string, extra: string[], maxMinor = goVersionMinor(findGoroot())): BuildContext {
  const tags = new Set<string>([goos, goarch, 'tinygo', 'tsgo', 'purego', 'math_big_pure_go', ...extra]);
  if (UNIX_GOOS.has(goos)) tags.add('unix');
  for (let i = 1; i <= maxMinor; i++) tags.add(`go1.${i}`);
  tags.delete('');
  tags.delete('cgo');
  return { goos, goarch, tags, noAssembly: true };
}

/** matchFileName applies the `name_GOOS_GOARCH.go` and `_test.go` rules. */
export function matchFileName(name: string, ctx: BuildContext): boolean {
  if (!name.endsWith('.go') || name.startsWith('.') || name.startsWith('_')) return false;
  let stem = name.slice(0, -3);
  if (stem.endsWith('_test')) return false;
  const i = stem.indexOf('_');
  if (i < 0) return true;
  stem = stem.slice(i);
  const parts = stem.split('_');
  const n = parts.length;
  if (n >= 2 && KNOWN_GOOS.has(parts[n - 2]!) && KNOWN_GOARCH.has(parts[n - 1]!)) {
    return parts[n - 2] === ctx.goos && parts[n - 1] === ctx.goarch;
  }
  const last = parts[n - 1]!;
  if (KNOWN_GOOS.has(last)) return last === ctx.goos || (last === 'linux' && ctx.goos === 'android');
  if (KNOWN_GOARCH.has(last)) return last === ctx.goarch;
  return true;
}

/** evalConstraint evaluates a `//go:build` expression; a malformed expression returns an error string. */
export function evalConstraint(expr: string, ctx: BuildContext): boolean | string {
  const toks = expr.match(/\(|\)|&&|\|\||!|[A-Za-z0-9_.]+|\S/g) ?? [];
  let i = 0;
  const fail = (m: string): never => {
    throw new SyntaxError(m);
  };
  const parseOr = (): boolean => {
    let v = parseAnd();
    while (toks[i] === '||') {
      i++;
      const r = parseAnd();
      v = v || r;
    }
    return v;
  };
  const parseAnd = (): boolean => {
    let v = parseNot();
    while (toks[i] === '&&') {
      i++;
      const r = parseNot();
      v = v && r;
    }
    return v;
  };
  const parseNot = (): boolean => {
    const t = toks[i++];
    if (t === '!') return !parseNot();
    if (t === '(') {
      const v = parseOr();
      if (toks[i++] !== ')') fail('missing )');
      return v;
    }
    if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t)) fail(`unexpected ${t ?? 'end of expression'}`);
    return ctx.tags.has(t!);
  };
  try {
    const v = parseOr();
    if (i !== toks.length) fail(`unexpected ${toks[i]}`);
    return v;
  } catch (e) {
    return e instanceof SyntaxError ? `invalid //go:build expression: ${e.message}` : String(e);
  }
}

/** evalPlusBuild evaluates legacy `// +build` lines: lines AND together, space-separated terms OR, commas AND. */
export function evalPlusBuild(lines: string[], ctx: BuildContext): boolean {
  return lines.every((line) =>
    line
      .trim()
      .split(/\s+/)
      .some((term) =>
        term.split(',').every((t) => (t.startsWith('!') ? !ctx.tags.has(t.slice(1)) : ctx.tags.has(t))),
      ),
  );
}
