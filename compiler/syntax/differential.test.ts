// Differential test against go/parser (conformance/godiff.ts): testdata/godump prints go/ast trees in dumpAST's exact
// text form, so every node kind, field, attribute and position (line:col of start and end) of our parser is compared
// with Go's own parser on testdata/forms.go, testdata/edge.go (rare corners) and a fixed sample of every 20th file of
// GOROOT/src (set TSGO_DIFF_ALL=1 to compare every file; `npm run sweep:parse` always does). Skipped when the go
// command or GOROOT/src is missing.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGoHelper, compareWithGo, godumpDir, goroot, gorootSources, haveGo } from './conformance/godiff.ts';

const here = import.meta.dirname;

describe.runIf(haveGo() && existsSync(join(goroot, 'src')))('agreement with go/parser', () => {
  let bin = '';

  it('builds the go/ast dumper', () => {
    bin = buildGoHelper(godumpDir, 'godump');
    expect(existsSync(bin)).toBe(true);
  }, 120_000);

  it('dumps testdata/forms.go and testdata/edge.go identically', () => {
    const files = ['forms.go', 'edge.go'].map((n) => join(here, 'testdata', n));
    const r = compareWithGo(bin, files);
    expect(r.mismatches).toEqual([]);
  });

  it('dumps a fixed sample of GOROOT/src files identically', () => {
    const all = gorootSources();
    const files = process.env['TSGO_DIFF_ALL'] ? all : all.filter((_, i) => i % 20 === 0);
    expect(files.length).toBeGreaterThanOrEqual(200);
    const r = compareWithGo(bin, files);
    expect(r.mismatches.map((m) => `${m.path}: dump line ${m.line}: ours ${m.ours} | go ${m.theirs}`)).toEqual([]);
  }, 300_000);
});
