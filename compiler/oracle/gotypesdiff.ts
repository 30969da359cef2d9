// The differential comparison of tsgo's checker against go/types: builds the Go helper (testdata/gotypesdump), runs it
// on a package, dumps tsgo's Info for the same package with dump.ts and compares the two texts line by line. Lines
// are matched as multisets; an unmatched pair with the same position, node kind and mode whose go/types type is
// untyped while tsgo's is typed is counted as `tolerated`, not as a mismatch: tsgo's Info contract records untyped
// constants, comparisons and nil with the type they finally take in every context (the SSA builder relies on it),
// where go/types leaves a few of them untyped (conditions, switch case values, nil). A pair is also tolerated when
// only the constant value's spelling differs and go/types' is the integer tsgo's float rounds from: go/types converts
// an untyped constant to its final type at the outermost expression only, so inside parentheses (`x * (1 << 52)` with
// x float64) the inner expression keeps go/constant's integer value (4503599627370496) next to the float64 type,
// where tsgo records the converted value (4.5036e+15) at every level.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** HELPER_DIR is the folder of the Go helper's main.go. */
export const HELPER_DIR = join(import.meta.dirname, 'testdata', 'gotypesdump');

/** haveGo reports whether the go command is installed. */
export function haveGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let built: string | undefined;

/**
 * buildHelper compiles the Go helper and returns the binary's path: tmpdir()/tsgo-gotypesdump-<hash>/gotypesdump,
 * keyed by a hash of the helper's .go sources, so every process (and every run) reuses one binary until the sources
 * change. It builds to a temporary name and renames, so a concurrent process never runs a half-written binary.
 */
export function buildHelper(): string {
  if (built && existsSync(built)) return built;
  const hash = createHash('sha256');
  for (const f of readdirSync(HELPER_DIR).filter((n) => n.endsWith('.go')).sort()) {
    hash.update(f).update('\0').update(readFileSync(join(HELPER_DIR, f))).update('\0');
  }
  const dir = join(tmpdir(), `tsgo-gotypesdump-${hash.digest('hex').slice(0, 16)}`);
  const bin = join(dir, 'gotypesdump');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${bin}.${process.pid}.tmp`;
    execFileSync('go', ['build', '-o', tmp, '.'], { cwd: HELPER_DIR, stdio: 'pipe', env: { ...process.env, GO111MODULE: 'off' } });
    renameSync(tmp, bin);
  }
  built = bin;
  return bin;
}

/** goDump runs the helper on import paths or .go files and returns its standard output. */
export function goDump(args: string[]): string {
  return execFileSync(buildHelper(), args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** DumpDiff is the outcome of comparing two dumps. */
export interface DumpDiff {
  /** lines is the number of lines in go/types' dump. */
  lines: number;
  /** mismatches lists `- go line` / `+ tsgo line` for every line without a counterpart. */
  mismatches: string[];
  /** tolerated counts pairs that differ only by go/types leaving an expression untyped. */
  tolerated: number;
}

const keyOf = (line: string): string => {
  const f = line.split(' ');
  return f[1] === 'T' ? f.slice(0, 4).join(' ') : f.slice(0, 3).join(' ');
};

const typeOf = (line: string): string => line.split(' ').slice(4).join(' ').replace(/ = .*$/, '');

const valueOf = (line: string): string | undefined => / = (.*)$/.exec(line)?.[1];

/** staleIntegerValue reports whether go's line is tsgo's with the unconverted integer value (see above). */
function staleIntegerValue(g: string, t: string): boolean {
  const gv = valueOf(g);
  const tv = valueOf(t);
  if (gv === undefined || tv === undefined || typeOf(g) !== typeOf(t) || !/^-?\d+$/.test(gv)) return false;
  if (!/^(untyped )?(float|complex)/.test(typeOf(t).replace(/^constant /, ''))) return false;
  const a = Number(gv);
  const b = Number(tv);
  return Number.isFinite(b) && Math.abs(a - b) <= Math.abs(a) * 5e-6;
}

/** compareDumps compares go/types' dump with tsgo's. */
export function compareDumps(goText: string, tsText: string): DumpDiff {
  const goLines = goText.split('\n').filter((l) => l !== '');
  const count = new Map<string, number>();
  for (const l of tsText.split('\n')) if (l !== '') count.set(l, (count.get(l) ?? 0) + 1);
  const onlyGo: string[] = [];
  for (const l of goLines) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else onlyGo.push(l);
  }
  const onlyTs = new Map<string, string[]>();
  for (const [l, n] of count) for (let i = 0; i < n; i++) onlyTs.set(keyOf(l), [...(onlyTs.get(keyOf(l)) ?? []), l]);
  const mismatches: string[] = [];
  let tolerated = 0;
  for (const g of onlyGo) {
    const k = keyOf(g);
    const cands = onlyTs.get(k) ?? [];
    const t = cands.shift();
    const untypedInGo = t !== undefined && typeOf(g).startsWith('untyped ') && !typeOf(t).startsWith('untyped ');
    if (t !== undefined && g.split(' ')[1] === 'T' && (untypedInGo || staleIntegerValue(g, t))) {
      tolerated++;
      continue;
    }
    mismatches.push('- ' + g);
    if (t !== undefined) mismatches.push('+ ' + t);
  }
  for (const rest of onlyTs.values()) for (const t of rest) mismatches.push('+ ' + t);
  return { lines: goLines.length, mismatches, tolerated };
}
