// The sweep over Go's own test suite in $GOROOT/test, read in place: for `// errorcheck` files (plain or `-d=panic`),
// the share of expected `// ERROR "regexp"` errors that tsgo reports on the same line with a message matching the
// regexp (each quoted alternative list is one expected error); for valid `// run` and `// compile` files, the ones
// where tsgo wrongly reports an error. Imports are loaded from GOROOT sources by the package loader (goroot.ts). Run the full sweep with
// `node --import tsx compiler/oracle/errorcheck.ts [dir...]`; the vitest test runs a fixed sample.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GOROOT, GorootLoader } from './goroot.ts';

/** TEST_DIR is $GOROOT/test. */
export const TEST_DIR = join(GOROOT, 'test');

/** Expected is one expected error: its line and the regexp its message must match. */
export interface Expected {
  line: number;
  re: RegExp;
  text: string;
}

/** ErrorcheckResult summarises one errorcheck file. */
export interface ErrorcheckResult {
  file: string;
  expected: number;
  /** onLine counts expected errors with some reported error on their line; matched those whose message matches. */
  onLine: number;
  matched: number;
  missed: string[];
}

/** SweepResult is the outcome of a sweep. */
export interface SweepResult {
  errorcheckFiles: number;
  expected: number;
  onLine: number;
  matched: number;
  validFiles: number;
  /** falseErrors lists valid files with an error, as `file: first error`. */
  falseErrors: string[];
  results: ErrorcheckResult[];
}

/** header returns a Go test file's first line. */
export function header(src: string): string {
  return src.split('\n', 1)[0]!.trim();
}

/**
 * expectations parses the `// ERROR "re" "re2"` comments of a file (GCCGO_ERROR lines are gccgo-only and skipped).
 * As in gc's test driver, `LINE`, `LINE+n` and `LINE-n` in a regexp stand for `<file base name>:<line>`.
 */
export function expectations(src: string, file = 'main.go'): Expected[] {
  const short = basename(file);
  const out: Expected[] = [];
  src.split('\n').forEach((line, i) => {
    const m = /\/\/ (?:GC_)?ERROR (.*)$/.exec(line);
    if (!m || /GCCGO_ERROR/.test(line.slice(0, m.index + 3))) return;
    const re = /"((?:[^"\\]|\\.)*)"|`([^`]*)`/g;
    for (let q = re.exec(m[1]!); q; q = re.exec(m[1]!)) {
      const quoted = q[2] ?? q[1]!.replace(/\\(.)/g, (_, ch: string) => (ch === '"' ? '"' : '\\' + ch));
      const text = quoted.replace(/LINE(?:([+-])([0-9]+))?/g, (_, sign: string | undefined, n: string | undefined) =>
        `${short}:${i + 1 + (sign === '-' ? -1 : 1) * Number(n ?? 0)}`);
      let rx: RegExp;
      try {
        rx = new RegExp(text.replace(/\(\?s\)/g, ''));
      } catch {
        rx = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      }
      out.push({ line: i + 1, re: rx, text });
    }
  });
  return out;
}

/** goFiles lists the .go files of GOROOT/test/<sub>. */
function goFiles(sub: string): string[] {
  const dir = join(TEST_DIR, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map((f) => join(dir, f));
}

/** sweep runs the errorcheck and valid-file checks over the given GOROOT/test subdirectories ('.' is test/ itself). */
export function sweep(dirs: string[], filter: (file: string) => boolean = () => true): SweepResult {
  const imp = new GorootLoader();
  const res: SweepResult = { errorcheckFiles: 0, expected: 0, onLine: 0, matched: 0, validFiles: 0, falseErrors: [], results: [] };
  for (const d of dirs) {
    for (const file of goFiles(d)) {
      if (!filter(file)) continue;
      const src = readFileSync(file, 'utf8');
      const h = header(src);
      if (h === '// errorcheck' || h === '// errorcheck -d=panic') {
        const exp = expectations(src, file);
        const { errors } = imp.checkFile(file);
        const r: ErrorcheckResult = { file, expected: exp.length, onLine: 0, matched: 0, missed: [] };
        for (const e of exp) {
          const here = errors.filter((g) => g.line === e.line);
          if (here.length > 0) r.onLine++;
          if (here.some((g) => e.re.test(g.message))) r.matched++;
          else r.missed.push(`${e.line}: want ${JSON.stringify(e.text)}${here.length ? `, got ${JSON.stringify(here[0]!.message)}` : ''}`);
        }
        res.errorcheckFiles++;
        res.expected += r.expected;
        res.onLine += r.onLine;
        res.matched += r.matched;
        res.results.push(r);
      } else if (h === '// run' || h === '// compile') {
        const { errors } = imp.checkFile(file);
        res.validFiles++;
        if (errors.length > 0) res.falseErrors.push(`${file}:${errors[0]!.line}: ${errors[0]!.message}`);
      }
    }
  }
  return res;
}

function main(): void {
  const dirs = process.argv.slice(2);
  const r = sweep(dirs.length ? dirs : ['.', 'ken', 'fixedbugs']);
  const pct = (n: number): string => ((100 * n) / Math.max(1, r.expected)).toFixed(1) + '%';
  for (const x of r.results) for (const m of x.missed) console.log(`MISS ${x.file}:${m}`);
  for (const f of r.falseErrors) console.log(`FALSE ${f}`);
  console.log(`errorcheck files ${r.errorcheckFiles}: expected errors ${r.expected}, on the right line ${r.onLine} (${pct(r.onLine)}), matching ${r.matched} (${pct(r.matched)})`);
  console.log(`valid files ${r.validFiles}: with a wrong error ${r.falseErrors.length}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
