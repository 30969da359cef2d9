// Differential test of the checker against go/types: for a fixed set of standard-library packages (checked from
// GOROOT sources with all their dependencies, through the package loader) and of generic test programs
// (compiler/types/testdata/generic/*.go), the dump of tsgo's Info (compiler/types/dump.ts) must equal the dump the Go helper prints from go/types' Info, apart from the documented
// `tolerated` untyped differences (gotypesdiff.ts).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpTypes } from '../types/dump.ts';
import { checkSources } from '../types/testutil.ts';
import { GOROOT, GorootLoader } from './goroot.ts';
import { compareDumps, goDump, haveGo } from './gotypesdiff.ts';

/** STD_PACKAGES are compared on every run (about 30 s together, dependencies included). */
const STD_PACKAGES = [
  'strconv', 'strings', 'sort', 'unicode/utf8', 'math/big', 'encoding/json', 'go/types', 'sync/atomic', 'errors',
  'unicode', 'bytes', 'container/list', 'math/bits', 'path', 'text/tabwriter', 'container/heap', 'bufio',
  'encoding/binary', 'hash/crc32', 'math', 'fmt', 'io', 'regexp/syntax',
];

const genericDir = join(import.meta.dirname, '..', 'types', 'testdata', 'generic');
const genericFiles = existsSync(genericDir) ? readdirSync(genericDir).filter((f) => f.endsWith('.go')).sort() : [];

describe('compareDumps', () => {
  const go = '1:1-1:8 T BinaryExpr constant float64 = 4503599627370496\n1:1-1:3 T Ident var int\n';
  it('tolerates only the stale integer value of a float constant inside parentheses', () => {
    const ts = '1:1-1:8 T BinaryExpr constant float64 = 4.5036e+15\n1:1-1:3 T Ident var int\n';
    expect(compareDumps(go, ts)).toEqual({ lines: 2, mismatches: [], tolerated: 1 });
  });
  it('reports a float value that is a different number', () => {
    const ts = '1:1-1:8 T BinaryExpr constant float64 = 4.5037e+15\n1:1-1:3 T Ident var int\n';
    expect(compareDumps(go, ts).mismatches).toEqual([
      '- 1:1-1:8 T BinaryExpr constant float64 = 4503599627370496', '+ 1:1-1:8 T BinaryExpr constant float64 = 4.5037e+15',
    ]);
  });
  it('reports an integer-typed constant whose value differs', () => {
    const d = compareDumps('1:1-1:2 T CallExpr constant uintptr = 9\n', '1:1-1:2 T CallExpr constant uintptr = 16\n');
    expect(d.mismatches).toHaveLength(2);
  });
});

describe.runIf(haveGo() && existsSync(join(GOROOT, 'src')))('agreement with go/types', () => {
  const imp = new GorootLoader();

  for (const p of STD_PACKAGES) {
    it(`std ${p}`, () => {
      const sp = imp.load(p);
      expect(sp).toBeDefined();
      const d = compareDumps(goDump([p]), dumpTypes(sp!.files!, sp!.info!, imp.fset, sp!.path));
      expect(d.lines).toBeGreaterThan(100);
      expect(d.mismatches.slice(0, 20)).toEqual([]);
    }, 60_000);
  }

  for (const f of genericFiles) {
    it(`generic ${f}`, () => {
      const file = join(genericDir, f);
      const r = checkSources({ [file]: readFileSync(file, 'utf8') });
      expect(r.errors).toEqual([]);
      const d = compareDumps(goDump([file]), dumpTypes(r.files, r.info, r.fset, 'main'));
      expect(d.mismatches.slice(0, 20)).toEqual([]);
    }, 60_000);
  }

  it('reports no errors for the standard library packages', () => {
    expect(imp.errors()).toEqual([]);
  });
});
