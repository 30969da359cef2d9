// Differential test against go/parser: testdata/godump (a Go program using go/ast) prints trees in dumpAST's exact
// text form, so every node kind, field, attribute and position (line:col of start and end) of our parser is
// compared with Go's own parser on testdata/forms.go, testdata/edge.go (rare corners) and a spread of GOROOT/src files (set TSGO_DIFF_ALL=1 to
// compare every file under GOROOT/src). Skipped when the go command or GOROOT/src is missing.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { dumpAST } from './dump.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';

const goroot = '/usr/lib/go-1.19/src';
const here = import.meta.dirname;

function haveGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function goFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'testdata') goFiles(p, out);
    } else if (e.name.endsWith('.go')) out.push(p);
  }
  return out;
}

function ourDump(path: string): string {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const file = parseFile(fset, path, readFileSync(path), sink);
  expect(sink.list.map((d) => sink.format(d))).toEqual([]);
  return `=== ${path}\n${dumpAST(file, fset)}`;
}

/** splitDumps cuts godump's output into one dump per file. */
function splitDumps(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^(?==== )/m);
  for (const p of parts) {
    if (!p) continue;
    const name = p.slice(4, p.indexOf('\n'));
    out.set(name, p);
  }
  return out;
}

describe.runIf(haveGo() && existsSync(goroot))('agreement with go/parser', () => {
  const bin = join(mkdtempSync(join(tmpdir(), 'tsgo-godump-')), 'godump');

  function goDumps(files: string[]): Map<string, string> {
    const out = execFileSync(bin, files, { encoding: 'utf8', maxBuffer: 1 << 30 });
    return splitDumps(out);
  }

  it('builds the go/ast dumper', () => {
    execFileSync('go', ['build', '-o', bin, 'main.go'], { cwd: join(here, 'testdata', 'godump'), stdio: 'pipe' });
    expect(existsSync(bin)).toBe(true);
  }, 120_000);

  for (const name of ['forms.go', 'edge.go']) {
    it(`dumps testdata/${name} identically`, () => {
      const f = join(here, 'testdata', name);
      expect(ourDump(f)).toBe(goDumps([f]).get(f));
    });
  }

  it('dumps a spread of GOROOT/src files identically', () => {
    const all = goFiles(goroot).sort();
    const files = process.env['TSGO_DIFF_ALL'] ? all : all.filter((_, i) => i % 25 === 0);
    expect(files.length).toBeGreaterThan(150);
    const want = goDumps(files);
    const mismatched: string[] = [];
    for (const f of files) {
      const ours = ourDump(f);
      const theirs = want.get(f);
      if (ours !== theirs) {
        const a = ours.split('\n');
        const b = (theirs ?? '').split('\n');
        const i = a.findIndex((l, k) => l !== b[k]);
        mismatched.push(`${f}: first difference at dump line ${i + 1}: ours ${a[i]} | go ${b[i]}`);
      }
    }
    expect(mismatched).toEqual([]);
  }, 300_000);
});
