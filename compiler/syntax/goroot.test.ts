// Real-code tests, reading the installed Go sources in place (never copied): a sample of files from fmt, strconv,
// go/types, sort and net/http must parse with zero diagnostics, and so must every .go file under GOROOT/src outside
// testdata directories. Skipped when GOROOT/src is not installed.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as ast from './ast.ts';
import { DiagnosticSink } from '../diag.ts';
import { goroot, gorootSources } from './conformance/godiff.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';
import { walk } from './walk.ts';

const src = join(goroot, 'src');

interface Result {
  files: number;
  diags: string[];
  nodes: number;
}

function parseAll(files: string[]): Result {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  let nodes = 0;
  for (const f of files) {
    const file = parseFile(fset, f, readFileSync(f), sink);
    walk(file, () => {
      nodes++;
    });
  }
  return { files: files.length, diags: sink.list.slice(0, 20).map((d) => sink.format(d)), nodes };
}

describe.runIf(existsSync(src))('GOROOT sources', () => {
  it('parses a sample of fmt, strconv, go/types, sort and net/http without diagnostics', () => {
    const sample: string[] = [];
    for (const pkg of ['fmt', 'strconv', 'go/types', 'sort', 'net/http']) {
      const dir = join(src, pkg);
      sample.push(...gorootSources(dir).filter((f) => dirname(f) === dir).slice(0, 12));
    }
    expect(sample.length).toBeGreaterThanOrEqual(50);
    const r = parseAll(sample);
    expect(r.diags).toEqual([]);
    expect(r.nodes).toBeGreaterThan(100_000);
  });

  it('finds the expected declarations in fmt/print.go', () => {
    const fset = new FileSet();
    const sink = new DiagnosticSink(fset);
    const file = parseFile(fset, 'print.go', readFileSync(join(src, 'fmt/print.go')), sink);
    const funcs = file.decls
      .filter((d): d is ast.FuncDecl => d.kind === 'FuncDecl')
      .map((d) => (d.recv ? '(' + ((d.recv.list[0]!.type as ast.StarExpr).x as ast.Ident).name + ').' : '') + d.name.name);
    expect(funcs).toContain('Println');
    expect(funcs).toContain('Fprintf');
    expect(funcs).toContain('(pp).doPrintf');
    expect(file.imports.map((i) => i.path.value)).toContain('"unicode/utf8"');
  });

  it('parses every file of GOROOT/src outside testdata without diagnostics', () => {
    const all = gorootSources();
    expect(all.length).toBeGreaterThan(3000);
    const r = parseAll(all);
    expect(r.diags).toEqual([]);
  }, 300_000);
});
