// Tests of GorootBlame and blameDiagnostics on small hand-made graphs: which user imports are blamed, with which
// first error, and which GOROOT errors are dropped or kept.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { parseFile } from '../syntax/parser.ts';
import { FileSet } from '../syntax/source.ts';
import { blameDiagnostics, GorootBlame, type ImportingPackage } from './blame.ts';
import type { Origin } from './resolve.ts';

/** graph parses one file per package (path → source) and resolves every import to the package of that path. */
function graph(fset: FileSet, pkgs: [string, Origin, string][]): ImportingPackage[] {
  const sink = new DiagnosticSink(fset);
  return pkgs.map(([path, origin, src]) => {
    const filename = `/src/${path}/a.go`;
    const file = parseFile(fset, filename, new TextEncoder().encode(src), sink);
    const imports = new Map(file.imports.map((i) => [JSON.parse(i.path.value) as string, JSON.parse(i.path.value) as string]));
    return { path, origin, filenames: [filename], files: [file], imports };
  });
}

describe('blameDiagnostics', () => {
  it('drops only the errors of failing GOROOT packages a user package reaches, naming the first sorted error', () => {
    const fset = new FileSet();
    const pkgs = graph(fset, [
      ['deep', 'goroot', 'package deep\n\nvar x int\nvar y int\n'],
      ['mid', 'goroot', 'package mid\n\nimport "deep"\n'],
      ['lone', 'goroot', 'package lone\n\nvar z int\n'],
      ['main', 'dir', 'package main\n\nimport "mid"\n'],
    ]);
    const sink = new DiagnosticSink(fset);
    const deep = pkgs[0]!.files![0]!;
    const lone = pkgs[2]!.files![0]!;
    // Reported out of order: the blamed message must name the first error by position, not the first reported.
    sink.error(deep.decls[1]!.pos, 'second');
    sink.error(deep.decls[0]!.pos, 'first');
    sink.error(lone.decls[0]!.pos, 'unreached');
    blameDiagnostics(sink, pkgs);
    expect(sink.sorted(0).map((d) => sink.format(d, '/elsewhere'))).toEqual([
      '/src/lone/a.go:3:1: unreached',
      '/src/main/a.go:3:8: not yet supported: package "mid" does not compile with tsgo yet (first error: /src/deep/a.go:3:1: first)',
    ]);
  });
});

describe('GorootBlame', () => {
  it('blames each user package once its dependencies are visited, and keeps unreached failures', () => {
    const fset = new FileSet();
    const [bad, u1, u2, other] = graph(fset, [
      ['bad', 'goroot', 'package bad\n'],
      ['u1', 'module', 'package u1\n\nimport "bad"\n'],
      ['u2', 'module', 'package u2\n\nimport (\n\t"u1"\n\t"bad"\n)\n'],
      ['other', 'goroot', 'package other\n'],
    ]);
    const blame = new GorootBlame();
    expect(blame.visit(bad!, 'bad.go:1:1: oops').size).toBe(0);
    expect([...blame.visit(u1!).values()]).toEqual(['package "bad" does not compile with tsgo yet (first error: bad.go:1:1: oops)']);
    // u2's import of the user package u1 is not blamed (u1 reports its own), its import of bad is.
    const notes = blame.visit(u2!);
    expect([...notes.keys()].map((i) => i.path.value)).toEqual(['"bad"']);
    blame.visit(other!, 'other.go:1:1: nope');
    expect(blame.blamed('bad')).toBe(true);
    expect(blame.blamed('other')).toBe(false);
    expect(blame.blamed('u1')).toBe(false);
  });
});
