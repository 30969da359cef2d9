// The standard-library programs of testdata/std, shared by their test (compiler/build/std.test.ts) and the figures
// script (scripts/stdconf.ts). Each program is a `package main` whose first line names the package it exercises
// (`// std: strings — ...`) and whose `.golden` file holds gc's output. This module lists them, builds and runs one on
// a target, and sorts the outcome into one of three: it passes (its output and exit code are gc's), it does not fit
// (on arduino only: the build stops with `program too large for arduino`, an expected outcome), or it fails, with a
// short reason. It also renders the package × target table that the test writes to testdata/std/TABLE.md and checks
// in README.md between the markers `<!-- std-table -->` and `<!-- /std-table -->`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatGolden } from '../oracle/gcref.ts';
import { runFirmware, type RunResult } from '../run/run.ts';
import { compileProgram } from './buildrun.ts';

/** STD_DIR is the folder of the programs. */
export const STD_DIR = path.resolve(import.meta.dirname, '../../testdata/std');

/** STD_TARGETS are the targets every program is built for, in the table's column order. */
export const STD_TARGETS = ['host', 'cortex-m-qemu', 'pico', 'arduino'] as const;

/** StdTarget is one of STD_TARGETS. */
export type StdTarget = (typeof STD_TARGETS)[number];

/** PACKAGE_ORDER is issue 12's order of the packages, the table's row order; others follow alphabetically. */
export const PACKAGE_ORDER = [
  'errors', 'strings', 'bytes', 'strconv', 'unicode', 'unicode/utf8', 'unicode/utf16', 'sort', 'math', 'math/bits',
  'math/rand', 'container/list', 'container/heap', 'encoding/binary', 'encoding/hex', 'encoding/base64', 'hash/crc32',
  'hash/fnv', 'fmt', 'io', 'bufio', 'time', 'sync', 'context', 'encoding/json',
];

/** StdProgram is one program of testdata/std. */
export interface StdProgram {
  /** name is the file's name without `.go` (`strconv_float`). */
  name: string;
  /** file is the program's absolute path. */
  file: string;
  /** pkg is the standard package it exercises, from its `// std: PKG` line. */
  pkg: string;
}

/** listStdPrograms returns the programs of dir, in PACKAGE_ORDER and then by name. */
export function listStdPrograms(dir = STD_DIR): StdProgram[] {
  const programs = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.go'))
    .map((n) => {
      const file = path.join(dir, n);
      const m = /^\/\/ std: (\S+)/.exec(fs.readFileSync(file, 'utf8'));
      if (!m) throw new Error(`${file}: the first line must name the package: // std: PKG — what it covers`);
      return { name: n.slice(0, -3), file, pkg: m[1]! };
    });
  const rank = (pkg: string): number => {
    const i = PACKAGE_ORDER.indexOf(pkg);
    return i < 0 ? PACKAGE_ORDER.length : i;
  };
  return programs.sort((a, b) => rank(a.pkg) - rank(b.pkg) || a.pkg.localeCompare(b.pkg) || a.name.localeCompare(b.name));
}

/** StdSize is a linked program's flash (code and data) and static RAM (data and bss), in bytes. */
export interface StdSize {
  flash: number;
  ram: number;
}

/**
 * StdOutcome is what became of one program on one target: `pass`; `nofit` with the sizes that overflowed (flash and,
 * when the RAM overflowed, the RAM needed with the main stack); `fail` with a one-line reason.
 */
export type StdOutcome =
  | { kind: 'pass' }
  | { kind: 'nofit'; flash?: number; ram?: number }
  | { kind: 'fail'; reason: string };

/** StdRun is an outcome with the program's size when it was linked or measured (not on a failed build). */
export interface StdRun {
  outcome: StdOutcome;
  size?: StdSize;
}

/** REPO is the repository's root, which paths in reasons are made relative to. */
const REPO = path.resolve(import.meta.dirname, '../..');

/** shorten makes a diagnostic fit a table cell: GOROOT and repository paths relative, one line, at most 110 chars. */
export function shorten(s: string): string {
  const one = s
    .replace(/\/usr\/lib\/go[^/]*\/src\//g, '')
    .replace(new RegExp(`${REPO.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > 110 ? `${one.slice(0, 107)}...` : one;
}

/** parseSizeReport reads `-size=short`'s numbers line (`code data bss | flash ram`). */
function parseSizeReport(text: string): StdSize | undefined {
  const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s*\|\s*(\d+)\s+(\d+)\s*$/m.exec(text);
  return m ? { flash: Number(m[4]), ram: Number(m[5]) } : undefined;
}

/**
 * buildFailure names why a build failed: the first positioned diagnostic (LLVM's verifier prints unpositioned
 * lines before it), else the first line of the diagnostics or of the error.
 */
function buildFailure(diagnostics: string, error: unknown): string {
  const lines = `${diagnostics}\n${error instanceof Error ? error.message : String(error)}`.split('\n').filter((l) => l.trim() !== '');
  const positioned = lines.find((l) => /:\d+:\d+: /.test(l));
  return `build: ${shorten(positioned ?? lines[0] ?? 'failed')}`;
}

/**
 * runFailure names how a run differs from the golden file: an exit code other than gc's with the program's last
 * panic or fatal-error line (or the runner's message: a timeout, a crash), else the first line that differs.
 */
function runFailure(r: RunResult, got: string, want: string): string {
  const wantExit = Number(/\[exit (\d+)\]\n$/.exec(want)?.[1] ?? 0);
  if (r.exitCode !== wantExit) {
    const last = r.output.split('\n').reverse().find((l) => /^(panic|fatal error): /.test(l));
    return shorten(`exit ${r.exitCode}: ${r.message ?? last ?? 'no message'}`);
  }
  const g = got.split('\n');
  const w = want.split('\n');
  let i = 0;
  while (i < g.length && i < w.length && g[i] === w[i]) i++;
  return shorten(`line ${i + 1}: ${JSON.stringify(g[i] ?? '')}, gc: ${JSON.stringify(w[i] ?? '')}`);
}

/**
 * nofitSizes reads what overflowed from size.ts's message (`flash overflowed by N bytes (F of 32768)`, `RAM
 * overflowed by N bytes (R of 2048: ...)`), or returns undefined when the message is not a size overflow.
 */
function nofitSizes(message: string, target: string): { flash?: number; ram?: number } | undefined {
  if (!message.includes(`program too large for ${target}`)) return undefined;
  const flash = /flash overflowed by \d+ bytes \((\d+) of/.exec(message);
  const ram = /RAM overflowed by \d+ bytes \((\d+) of/.exec(message);
  const r: { flash?: number; ram?: number } = {};
  if (flash) r.flash = Number(flash[1]);
  if (ram) r.ram = Number(ram[1]);
  return r;
}

/** runStdProgram builds p for target in workDir, runs it and compares with its golden file. */
export async function runStdProgram(p: StdProgram, target: string, workDir: string, timeoutMs = 60_000): Promise<StdRun> {
  const want = fs.readFileSync(p.file.replace(/\.go$/, '.golden'), 'utf8');
  let report = '';
  const out = path.join(workDir, `${p.name}-${target}.elf`);
  const { result, diagnostics, error } = await compileProgram(p.file, target, out, { size: 'short', stdout: (s) => (report += s) });
  const size = parseSizeReport(report);
  if (!result) {
    const message = `${diagnostics}\n${error instanceof Error ? error.message : String(error)}`;
    const fit = target === 'arduino' ? nofitSizes(message, target) : undefined;
    if (fit) return { outcome: { kind: 'nofit', ...fit, flash: fit.flash ?? size?.flash }, ...(size ? { size } : {}) };
    return { outcome: { kind: 'fail', reason: buildFailure(diagnostics, error) }, ...(size ? { size } : {}) };
  }
  try {
    const r = await runFirmware(result.target, result.outputPath, { timeoutMs });
    const got = formatGolden({ output: r.output, exitCode: r.exitCode });
    const outcome: StdOutcome = got === want ? { kind: 'pass' } : { kind: 'fail', reason: runFailure(r, got, want) };
    return { outcome, ...(size ? { size } : {}) };
  } finally {
    fs.rmSync(result.outputPath, { force: true });
  }
}

/** kb renders bytes as kilobytes: whole ones from 10 KB, one decimal below. */
export function kb(bytes: number): string {
  const k = bytes / 1024;
  return k >= 10 ? `${Math.round(k)} KB` : `${k.toFixed(1)} KB`;
}

/** cellText renders an outcome as a table cell: ✓, `does not fit (flash N KB)`, or `✗ reason`. */
export function cellText(o: StdOutcome): string {
  switch (o.kind) {
    case 'pass':
      return '✓';
    case 'nofit': {
      const parts: string[] = [];
      if (o.flash !== undefined) parts.push(`flash ${kb(o.flash)}`);
      if (o.ram !== undefined) parts.push(`RAM ${kb(o.ram)}`);
      return parts.length > 0 ? `does not fit (${parts.join(', ')})` : 'does not fit';
    }
    case 'fail':
      return `✗ ${o.reason}`;
  }
}

/** resultKey names one program on one target in the results map: `strconv_float@arduino`. */
export function resultKey(program: string, target: string): string {
  return `${program}@${target}`;
}

/** escapeCell keeps a cell's text from ending the Markdown table's cell. */
function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * formatStdTable renders the Markdown table: a row per program (package, program, a cell per target), from cells
 * keyed by resultKey; a missing cell is `?`.
 */
export function formatStdTable(programs: StdProgram[], cells: Map<string, string>, targets: readonly string[] = STD_TARGETS): string {
  const lines = [`| package | program | ${targets.join(' | ')} |`, `|---|---|${targets.map(() => '---|').join('')}`];
  for (const p of programs) {
    const row = targets.map((t) => escapeCell(cells.get(resultKey(p.name, t)) ?? '?'));
    lines.push(`| ${p.pkg} | ${p.name}.go | ${row.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

/** README_START and README_END delimit the table in README.md. */
export const README_START = '<!-- std-table -->';
export const README_END = '<!-- /std-table -->';

/** readmeTable returns the text between the README's markers, or undefined when they are missing. */
export function readmeTable(readme: string): string | undefined {
  const i = readme.indexOf(README_START);
  const j = readme.indexOf(README_END);
  if (i < 0 || j < i) return undefined;
  return readme.slice(i + README_START.length, j).replace(/^\n/, '');
}

/** replaceReadmeTable returns the README with the text between its markers replaced by table. */
export function replaceReadmeTable(readme: string, table: string): string {
  const i = readme.indexOf(README_START);
  const j = readme.indexOf(README_END);
  if (i < 0 || j < i) throw new Error(`README.md has no ${README_START} ... ${README_END} markers`);
  return `${readme.slice(0, i + README_START.length)}\n${table}${readme.slice(j)}`;
}
