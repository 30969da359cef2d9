// The Go → JavaScript regexp translation against Go's regexp package: for every pattern of PATTERNS, the translation
// must fail with exactly Go's error or match exactly the SUBJECTS that Go's regexp.MatchString matches. Go's answers
// are committed in testdata/regexp.golden, so the table is checked without Go; when gc 1.19 is installed, further
// tests re-derive that file, the case-folding orbits (regexpfold.ts) and the Unicode table names from gc itself, and
// UPDATE_GOLDEN=1 rewrites the first two. (They are skipped, visibly, without gc 1.19.)

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegexpError, translateRegexp } from './regexp.ts';
import { cleanRanges, GO_CATEGORIES, GO_SCRIPTS, tableFoldExtra, unicodeTable } from './regexpclass.ts';
import { decodeOrbits, ORBIT_DATA } from './regexpfold.ts';

const TESTDATA = path.join(import.meta.dirname, 'testdata');
const GOLDEN = path.join(TESTDATA, 'regexp.golden');
const FOLD_FILE = path.join(import.meta.dirname, 'regexpfold.ts');

const nest = (open: string, n: number, inner = ''): string => open.repeat(n) + inner + ')'.repeat(n);

/** SUBJECTS are the strings every pattern is matched against: function names first, then the corner cases. */
const SUBJECTS = [
  'main.main', 'main.foo', 'main.foo2', '(*main.T).Method', 'main.T.Method', 'main.main$1', 'main.main$1$2',
  'example.com/m/pkg.F', 'example.com/m/drivers.Init', 'example.com/m/hal.Pin', 'pkg.F[int]', 'runtime.alloc',
  'strconv.Itoa', 'Main.Main', 'MAIN.FOO', '',
  'a', 'b', 'A', 'B', 'ab', 'aB', 'Ab', 'AB', 'a\nb', '\n', 'a\n', '\na', 'a.b', 'aXb', 'a\rb', 'aaa',
  'x', 'xx', 'o', 'oo', 'foo', 'fo', 'f\no', 'S', '0', '5', '9', '_', '-', ' ', '\t', '\x07', '\x0b', '\f', '\r',
  '\x00', '\x7f', '{', '}', '{2}', 'x{', '[', ']', '\\', '$', '^', '&', '|', '(', ')', '*', '+', '?', '.', '/', ':',
  '~', '"', "'", '<', '>', '=', '!', '#', '%', ',', ';', '@', '`',
  'k', 'K', '\u212a', 's', '\u017f', '\u00df', '\u1e9e', 'i', 'I', '\u0131', '\u0130', '\u03c3', '\u03c2', '\u03a3',
  '\u03a9', '\u2126', '\u00b5', '\u03bc', '\u039c', '\u03b1', '\u0391', '\u01c4', '\u01c5', '\u01c6', '\u0345',
  '\u03b9', '\u1fbe', '\u00e9', '\u00c9', '\u65e5\u672c', '\u{1f600}', '\u{10428}', '\u{10400}', '\u0378', '\u00ad',
  '\ue000', '\u00a0', '\u2028', '\u0300', '\u0660', '\u2160', '\r\n', 'x'.repeat(999), 'x'.repeat(1000),
];

/**
 * Case is a pattern; or a named group `(?<name>` that Go 1.19 rejects and Go 1.22 accepts, with the Go 1.19
 * pattern it must match like, or the error Go 1.22 gives.
 */
type Case = string | { re: string; like: string } | { re: string; err: string };

/** PATTERNS are grouped by the part of RE2's syntax they exercise. */
const PATTERNS: Case[] = [
  // -print-allocs filters as users write them
  '.', '^main\\.', '^main\\.foo$', 'main\\.foo2$', 'example.com/m/(drivers|hal)', '\\(\\*main\\.T\\)\\.', 'main\\.main\\$1',
  '\\$1$', '\\[int\\]$', '^runtime\\.', 'Itoa', 'main\\.(main|foo)$', '^(main|pkg)\\.[A-Z]', '', '^$', '^', '$', '|',
  'a|', '(|x)', '()', '(?:)', 'a|b|c', 'ab|ac', 'a(b|)c',
  // flags
  '(?i)main\\.FOO', '(?i)MAIN', '(?i:MAIN)\\.foo', '(?i:MAIN)\\.FOO', 'main(?i)\\.FOO', '(?i)k', '(?i)K', '(?i)s',
  '(?i)\u00df', '(?i)\u1e9e', '(?i)i', '(?i)\u0131', '(?i)\u0130', '(?i)\u03c3', '(?i)\u03a9', '(?i)\u00b5',
  '(?i)\u01c5', '(?i)\u0345', '(?i)[k]', '(?i)[a-z]+$', '(?i)[^k]', '(?i)[^a-z]', '(?i)[k-s]', '(?i)\\w', '(?i)\\W',
  '(?i)[\\w]', '(?i)[^\\w]', '(?i)\\S', '(?i)[[:lower:]]', '(?i)[[:^upper:]]', '(?i)[[:word:]]', '(?i)\\pL',
  '(?i)\\p{Lu}', '(?i)\\P{Lu}', '(?i)\\p{Ll}', '(?i)\\P{Ll}', '(?i)\\p{Lt}', '(?i)\\P{Lt}', '(?i)\\p{Greek}',
  '(?i)\\P{Greek}', '(?i)\\p{Common}', '(?i)\\p{Inherited}', '(?i)\\pM', '(?i)\\p{Mn}', '(?i)\\p{Latin}',
  '(?i)\\p{Any}', '(?i)\\P{Any}', '(?i)[\\P{Ll}x]', '(?i)[^\\p{Lu}]', '(?i)[^\\P{Lu}]', '(?i)\\p{^Lu}', '(?i)\\x{212A}',
  '(?i)a(?-i)b', '(?i)a(?-i:b)c', '(?i:a(?-i)b)c', '(?i)a|b', '((?i)a)b', '(?i)(a)|B', '(?i-i)a', '(?i)(?-i)A',
  '(?s).', '(?s:.)', 'a.b', '(?s)a.b', '(?-s).', '(?s)(?-s).', '^.$', '^..$', '(?m)^b', '^b', '(?m)a$', 'a$',
  '(?m:^b)', '(?m)^$', '(?m)^', '(?m)$', '(?m)a$\\n', '(?-m)a$', '(?U)a+', '(?U)a+?', '(?Ui)A+?', '(?ims-U:a.b$)',
  '(?m)\\Aa', '(?m)b\\z', '(?msU)^a.+$',
  // classes
  '[[:alpha:]]+$', '[[:^digit:]]', '[[:digit:]]', '[[:alnum:]]', '[[:ascii:]]', '[[:^ascii:]]', '[[:blank:]]',
  '[[:cntrl:]]', '[[:graph:]]', '[[:print:]]', '[[:punct:]]', '[[:space:]]', '[[:upper:]]', '[[:word:]]',
  '[[:xdigit:]]', '[[:^space:]x]', '[[:foo:]]', '[[:alpha:]', '[[:alpha:]x]', '[:alpha:]', '[[:a]b:]]', '[[:',
  '[]a]', '[^]a]', '[a-]', '[-a]', '[a-c-e]', '[\\d-z]', '[a-\\d]', '[a\\-z]', '[\\]]', '[\\[]', '[^\\n]', '[^a]',
  '[.]', '[$^]', '[\\^]', '[a&&b]', '[--]', '[|]', '[()]', '[{}]', '[/]', '[!#%,:;<=>@`~]', '["\']', '[a-z&&[^aeiou]]',
  '[a-z--[aeiou]]', '[\\w.]', '[\\W]', '[\\s\\S]', '[\\D]', '[^\\D]', '[^\\d\\s]', '\\d', '\\D', '\\s', '\\S',
  '\\w', '\\W', '[\\pL\\d]', '[\\p{Greek}a]', '[^\\p{Greek}]', '[\\P{L}]', '[^\\P{L}]', '[\\p{Lu}\\P{Lu}]',
  '[^\\p{Lu}\\P{Lu}]', '\\pL', '\\PL', '\\p{L}', '\\p{^L}', '\\P{^L}', '\\pN', '\\p{Lu}', '\\p{Ll}', '\\p{Lt}',
  '\\p{Lm}', '\\p{Lo}', '\\p{Greek}', '\\p{Han}', '\\p{Latin}', '\\p{Deseret}', '\\p{Any}', '\\P{Any}', '\\pC',
  '\\PC', '\\p{Cc}', '\\p{Cf}', '\\p{Co}', '\\p{Cs}', '\\pM', '\\p{Mn}', '\\pZ', '\\p{Zs}', '\\p{Zl}', '\\pP',
  '\\pS', '\\p{Nd}', '\\p{Nl}', '\\p{Cn}', '\\p{LC}', '\\p{Grek}', '\\p{Script=Greek}', '\\p{greek}',
  '\\p{Vithkuqi}', '\\p{L&}', '\\pX', '\\p', '\\p{', '\\p{L', '\\p{}', '\\p{^}', '[\\p]', '[\\p{Foo}]', '[a',
  '[', '[]', '[^]', '[^', '[z-a]', '[a-a]', '[\\x00-\\x{10FFFF}]', '[^\\x00-\\x{10FFFF}]', '[\u{1f600}]',
  '[^\u{1f600}]', '[\u{1f600}-\u{1f64f}]', '[\\x{10400}-\\x{10427}]',
  // escapes
  '\\123', '\\0', '\\08', '\\18', '\\177', '\\1', '\\7', '\\8', '\\9', '\\x41', '\\x{41}', '\\x{10FFFF}',
  '\\x{110000}', '\\x{}', '\\x{41', '\\x{4g}', '\\x4', '\\x', '\\xZZ', '\\x{1F600}', '\\x{0}', '\\a', '\\f', '\\t',
  '\\n', '\\r', '\\v', '\\b', '\\B', 'main\\b', '\\bfoo\\b', '\\Bain', '\\A', '\\Amain', 'main\\z', 'F\\z', '\\Z',
  '\\C', '\\e', '\\cA', '\\k<x>', '\\G', '\\h', '\\R', '\\X', '\\u0041', '\\U', '\\N', '\\K', '\\_', '\\ ', '\\-',
  '\\!', '\\"', '\\~', '\\\u00e9', '\\Qmain.\\E', '\\Q.*\\E', '\\Qa', '\\Q\\E', '\\Qab\\E+', '\\Q\\Ex', '\\Q\\\\E',
  '[\\Q]', '[\\b]', '[\\A]', '[\\z]', '\\', 'a\\', '[\\', '\\\\', '[\\x41-\\x43]', '[\\101]', '[\\n]',
  // groups
  '(?P<name>main)\\.', '(?P<x_1>a)|b', '(?P<>a)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P<a', '(?P=a)', '(?P>a)',
  // (?<name>re) as Go 1.22 accepts it: like the (?P<name>re) form, and its errors in Go 1.22's words
  { re: '(?<name>main)\\.', like: '(?P<name>main)\\.' }, { re: '(?<x_1>a)|b', like: '(?P<x_1>a)|b' },
  { re: '(?<>a)', err: 'error parsing regexp: invalid named capture: `(?<>`' },
  { re: '(?<a-b>x)', err: 'error parsing regexp: invalid named capture: `(?<a-b>`' },
  { re: '(?<a', err: 'error parsing regexp: invalid named capture: `(?<a`' },
  '(?<=a)b', '(?<!a)b', '(?=a)', '(?!a)', '(?#c)', '(?>a)', '(?|a)', "(?'n'a)", '(?x)a', '(?', '(?i', '(?i-)',
  '(?-)', '(?--i)', '(?i:', '(?:a', '(', ')', '(a))', '((a)', 'a)b(', '(?P<n>a', '(?P<n\u00e9>a)', '(a)\\1',
  // repetition
  'a{2}', 'o{2}', 'o{1,}', 'o{0,1}', 'x{1000}', 'x{1001}', 'x{1000,}', 'x{1001,}', 'x{0,1001}', 'x{2,1}', 'x{,3}',
  'x{', 'x{a}', 'x{1', 'x{1,', 'x{01}', 'x{1,01}', 'x{0}', 'x{0,0}', 'a{99999999999}', 'a{1,99999999999}', '{',
  '{}', '{1}', 'x{1}{2}', 'a*{2}', 'a**', 'a*+', 'a*?', 'a*??', 'a+?+', 'a??', 'a{2}?', 'a{2}??', '*', '+a', '?',
  'a|*', '(*)', '(?i)*', 'a(?i)*', '(a{100}){10}', '(a{100}){11}', '((a{10}){10}){10}', '((a{10}){10}){11}',
  '(a*){1000}', '(?:a{2}){501}', '(?:a{2}){500}', '(a{0}){1001}', '^*', '$+', '\\b*', '(?m)^*a', 'o+', 'fo?o', 'f.*o',
  '(?U)f.*o', '(a+)+$', '(?:(?:a)*)*', '\\Qab\\E{2}',
  // nesting
  nest('(', 999), nest('(', 1000), nest('(?:', 2000, 'a'), nest('(', 500, 'x*'),
  // literals
  '\u65e5\u672c', '\u{1f600}', '.\u{1f600}', '(?i)\u03a3', '\u00e9', '\\x{E9}', 'a\nb', '\\.\\*',
];

/** GoldenCase is one line of the golden file: Go's error, or which SUBJECTS match (`1`) and which do not (`0`). */
interface GoldenCase {
  re: string;
  err?: string;
  match?: string;
}

const goPatterns = (): string[] => PATTERNS.filter((c): c is string => typeof c === 'string');

function readGolden(): { subjects: string[]; cases: Map<string, GoldenCase> } {
  const lines = fs.readFileSync(GOLDEN, 'utf8').trimEnd().split('\n');
  const subjects = (JSON.parse(lines[0]!) as { subjects: string[] }).subjects;
  const cases = new Map(lines.slice(1).map((l) => JSON.parse(l) as GoldenCase).map((c) => [c.re, c]));
  return { subjects, cases };
}

/** translate returns what the translation says about one pattern, in the golden file's form. */
function translate(pattern: string): GoldenCase {
  try {
    const re = translateRegexp(pattern);
    return { re: pattern, match: SUBJECTS.map((s) => (re.test(s) ? '1' : '0')).join('') };
  } catch (e) {
    if (!(e instanceof RegexpError)) throw e;
    return { re: pattern, err: e.message };
  }
}

/** mismatches names the subjects on which two answers differ (or the errors, if either is one). */
function mismatches(got: GoldenCase, want: GoldenCase): string[] {
  if (got.err !== undefined || want.err !== undefined) {
    return got.err === want.err ? [] : [`got ${got.err ?? 'no error'}, want ${want.err ?? 'no error'}`];
  }
  return SUBJECTS.flatMap((s, i) => (got.match![i] === want.match![i] ? [] : [`${JSON.stringify(s)}: got ${got.match![i]}, want ${want.match![i]}`]));
}

describe('translateRegexp agrees with Go regexp (testdata/regexp.golden)', () => {
  const golden = readGolden();

  it('the golden file covers exactly these subjects and patterns', () => {
    expect(new Set(SUBJECTS).size).toBe(SUBJECTS.length);
    expect(new Set(goPatterns()).size).toBe(goPatterns().length);
    expect(golden.subjects).toEqual(SUBJECTS);
    expect([...golden.cases.keys()]).toEqual(goPatterns());
  });

  it.each(PATTERNS.map((c) => [typeof c === 'string' ? c : c.re, c]))('%j', (_name, c) => {
    const re = typeof c === 'string' ? c : c.re;
    const want = typeof c !== 'string' && 'err' in c ? c : golden.cases.get(typeof c === 'string' ? c : c.like);
    expect(want, 'not in the golden file: run UPDATE_GOLDEN=1 with gc 1.19 installed').toBeDefined();
    expect(mismatches(translate(re), { ...want!, re })).toEqual([]);
  });
});

/** goVersion returns `go env GOVERSION`, or undefined when go is not installed. */
function goVersion(): string | undefined {
  try {
    return execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** oracle runs testdata/regexpmatch with gc and returns its standard output. */
function oracle(args: string[], input = ''): string {
  return execFileSync('go', ['run', 'main.go', ...args], {
    cwd: path.join(TESTDATA, 'regexpmatch'),
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '', GOCACHE: process.env['GOCACHE'] ?? path.join(os.tmpdir(), 'tsgo-gocache') },
  });
}

const rangesText = (r: number[]): string => {
  let s = '';
  for (let i = 0; i < r.length; i += 2) s += ` ${r[i]!.toString(16)}-${r[i + 1]!.toString(16)}`;
  return s;
};

/** encodeOrbits writes orbits in ORBIT_DATA's encoding (see regexpfold.ts), as source lines of a string constant. */
function encodeOrbits(orbits: number[][]): string {
  const toks: string[] = [];
  let run: { start: number; delta: number; count: number; stride: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    const { start, delta, count, stride } = run;
    toks.push(`${start.toString(16)}+${delta.toString(16)}${count > 1 ? `*${count}` : ''}${count > 1 && stride !== 1 ? `/${stride}` : ''}`);
    run = undefined;
  };
  for (const o of [...orbits].sort((a, b) => a[0]! - b[0]!)) {
    if (o.length !== 2) {
      flush();
      toks.push(o.map((c) => c.toString(16)).join(','));
      continue;
    }
    const [a, b] = o as [number, number];
    if (run && run.delta === b - a) {
      if (run.count === 1 && (a - run.start === 1 || a - run.start === 2)) {
        run.stride = a - run.start;
        run.count = 2;
        continue;
      }
      if (run.count > 1 && a === run.start + run.stride * run.count) {
        run.count++;
        continue;
      }
    }
    flush();
    run = { start: a, delta: b - a, count: 1, stride: 1 };
  }
  flush();
  const lines: string[] = [];
  let cur = '';
  for (const t of toks) {
    if (cur && cur.length + t.length + 1 > 104) {
      lines.push(cur);
      cur = t;
    } else cur = cur ? `${cur} ${t}` : t;
  }
  lines.push(cur);
  return lines.map((l) => `  '${l}`).join(` ' +\n`) + `';`;
}

const version = goVersion();
describe.skipIf(!version?.startsWith('go1.19'))(`the committed tables are gc's (${version ?? 'go not installed'})`, () => {
  it('testdata/regexp.golden is what Go regexp says', () => {
    const out = oracle(['match'], JSON.stringify({ subjects: SUBJECTS, patterns: goPatterns() }));
    const text = JSON.stringify({ subjects: SUBJECTS }) + '\n' + out;
    if (process.env['UPDATE_GOLDEN']) fs.writeFileSync(GOLDEN, text);
    expect(fs.readFileSync(GOLDEN, 'utf8')).toBe(text);
  });

  it("regexpfold.ts holds unicode.SimpleFold's orbits", () => {
    const want = oracle(['orbits'])
      .trimEnd()
      .split('\n')
      .map((l) => l.split(' ').map((h) => parseInt(h, 16)).sort((a, b) => a - b));
    if (process.env['UPDATE_GOLDEN']) {
      const src = fs.readFileSync(FOLD_FILE, 'utf8');
      fs.writeFileSync(FOLD_FILE, src.replace(/(export const ORBIT_DATA =\n)[^;]*;/, `$1${encodeOrbits(want)}`));
    }
    const key = (o: readonly number[]): string => o.join(' ');
    expect(decodeOrbits(ORBIT_DATA).map(key).sort()).toEqual(want.map(key).sort());
  });

  it("the table names are unicode.Categories' and unicode.Scripts', and folding adds FoldCategory and FoldScript", () => {
    const lines = oracle(['tables']).trimEnd().split('\n');
    const list = (prefix: string): string[] => lines.find((l) => l.startsWith(prefix + ' '))!.split(' ').slice(1);
    expect([...GO_CATEGORIES].sort()).toEqual(list('categories'));
    expect([...GO_SCRIPTS].sort()).toEqual(list('scripts'));
    const folds = new Map(lines.filter((l) => l.startsWith('fold ')).map((l) => [l.split(' ')[1]!, l.slice(l.indexOf(' ', 5))]));
    for (const name of ['Any', ...GO_CATEGORIES, ...GO_SCRIPTS]) {
      const extra = rangesText(cleanRanges(tableFoldExtra(unicodeTable(name)!)));
      expect(extra, name).toBe(name === 'Any' ? '' : (folds.get(name) ?? ''));
    }
  });
});
