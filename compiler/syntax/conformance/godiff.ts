// The differential comparison against go/parser, and the file lists it runs on. testdata/godump is a Go program that
// parses files with go/parser and prints each tree in dumpAST's exact text form (every node, field, attribute and
// line:col of start and end); comparing its output with ours file by file shows any disagreement in tree shape or
// positions. Files go to godump in batches (argv size and output size stay bounded), and each batch's output is
// split into one dump per file. gorootSources lists $GOROOT/src's .go files outside testdata folders, sorted, the
// set every sweep and the benchmark use. Used by differential.test.ts (a fixed sample) and the sweep script (all).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSink } from '../../diag.ts';
import { dumpAST } from '../dump.ts';
import { parseFile } from '../parser.ts';
import { FileSet } from '../source.ts';

/** goroot is the Go installation the sweeps read ($GOROOT when it has a src folder, else Debian's Go 1.19). */
export const goroot =
  process.env['GOROOT'] && existsSync(join(process.env['GOROOT'], 'src')) ? process.env['GOROOT'] : '/usr/lib/go-1.19';

/** godumpDir is the folder of the go/ast dumper's main.go. */
export const godumpDir = join(import.meta.dirname, '..', 'testdata', 'godump');

/** gorootSources lists every .go file under dir (default $GOROOT/src) outside testdata folders, sorted. */
export function gorootSources(dir = join(goroot, 'src')): string[] {
  const out: string[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'testdata') visit(p);
      } else if (e.name.endsWith('.go')) out.push(p);
    }
  };
  visit(dir);
  return out.sort();
}

/** SourceSet is a list of files loaded into memory with their total size. */
export interface SourceSet {
  /** srcs are the files' contents, in the order of the file list. */
  srcs: Uint8Array[];
  /** bytes is the total size of all files. */
  bytes: number;
  /** lines is the total number of newlines of all files. */
  lines: number;
}

/** readSources loads every file (such as gorootSources' list) and counts its bytes and lines. */
export function readSources(files: string[]): SourceSet {
  const srcs = files.map((f) => new Uint8Array(readFileSync(f)));
  let bytes = 0;
  let lines = 0;
  for (const b of srcs) {
    bytes += b.length;
    for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) lines++;
  }
  return { srcs, bytes, lines };
}

/** throughput formats a parse rate as `12.3 MB/s, 456,789 lines/s` for bytes and lines parsed in ms milliseconds. */
export function throughput(bytes: number, lines: number, ms: number): string {
  return `${(bytes / 1e3 / ms).toFixed(1)} MB/s, ${Math.round((lines / ms) * 1000).toLocaleString('en-US')} lines/s`;
}

/** haveGo reports whether the go command runs. */
export function haveGo(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/** buildGoHelper compiles a Go helper folder's main.go into a fresh temporary directory and returns the binary. */
export function buildGoHelper(dir: string, name: string): string {
  const bin = join(mkdtempSync(join(tmpdir(), `tsgo-${name}-`)), name);
  execFileSync('go', ['build', '-o', bin, 'main.go'], { cwd: dir, stdio: 'pipe' });
  return bin;
}

/** ourDump parses one file with tsgo and renders it as godump does; diagnostics make it a mismatch. */
function ourDump(path: string, src: Uint8Array = readFileSync(path)): string {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const file = parseFile(fset, path, src, sink);
  const errs = sink.list.map((d) => `${sink.format(d)}\n`).join('');
  return `=== ${path}\n${errs}${dumpAST(file, fset)}`;
}

/** splitDumps cuts godump's output into one dump per file, keyed by path. */
function splitDumps(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of text.split(/^(?==== )/m)) {
    if (!p) continue;
    out.set(p.slice(4, p.indexOf('\n')), p);
  }
  return out;
}

/** goDumps runs the godump binary on some files and returns their dumps. */
export function goDumps(bin: string, files: string[]): Map<string, string> {
  return splitDumps(execFileSync(bin, files, { encoding: 'utf8', maxBuffer: 1 << 30 }));
}

/** Mismatch is one file on which the two parsers disagree, with the first differing dump line. */
export interface Mismatch {
  path: string;
  line: number;
  ours: string;
  theirs: string;
}

/** DiffResult is a differential run: the number of files compared and the mismatches. */
export interface DiffResult {
  files: number;
  mismatches: Mismatch[];
}

/** firstDifference compares two dumps and returns the first differing line, or undefined when they are equal. */
function firstDifference(path: string, ours: string, theirs: string | undefined): Mismatch | undefined {
  if (ours === theirs) return undefined;
  const a = ours.split('\n');
  const b = (theirs ?? '').split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { path, line: i + 1, ours: a[i] ?? '<end>', theirs: b[i] ?? '<end>' };
}

/** batchSize is how many files go to one godump run (bounds argv and output size). */
const batchSize = 250;

/** compareWithGo compares tsgo's dumps with go/parser's for every file, `batchSize` files per godump run. */
export function compareWithGo(bin: string, files: string[]): DiffResult {
  const mismatches: Mismatch[] = [];
  for (let i = 0; i < files.length; i += batchSize) {
    const chunk = files.slice(i, i + batchSize);
    const theirs = goDumps(bin, chunk);
    for (const f of chunk) {
      const m = firstDifference(f, ourDump(f), theirs.get(f));
      if (m) mismatches.push(m);
    }
  }
  return { files: files.length, mismatches };
}
