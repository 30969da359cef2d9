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

/** GENERIC_GAPS are packages that use generics the checker does not support yet (none since generics landed). */
const GENERIC_GAPS = new Set<string>([]);

/**
 * KNOWN_MISMATCHES are compared but allowed this many mismatching lines: in math, a float64 constant computed from an
 * integer expression (`1 << 52` in a float64 context) keeps go/constant's int representation and prints as
 * 4503599627370496, where tsgo's exact value is a float printed 4.5036e+15 (2 lines).
 */
const KNOWN_MISMATCHES = new Map([['math', 4]]);

const genericDir = join(import.meta.dirname, '..', 'types', 'testdata', 'generic');
const genericFiles = existsSync(genericDir) ? readdirSync(genericDir).filter((f) => f.endsWith('.go')).sort() : [];

describe.runIf(haveGo() && existsSync(join(GOROOT, 'src')))('agreement with go/types', () => {
  const imp = new GorootLoader();

  for (const p of STD_PACKAGES) {
    it.skipIf(GENERIC_GAPS.has(p))(`std ${p}`, () => {
      const sp = imp.load(p);
      expect(sp).toBeDefined();
      const d = compareDumps(goDump([p]), dumpTypes(sp!.files!, sp!.info!, imp.fset, sp!.path));
      expect(d.lines).toBeGreaterThan(100);
      const allowed = KNOWN_MISMATCHES.get(p) ?? 0;
      if (allowed > 0) expect(d.mismatches.length).toBeLessThanOrEqual(allowed);
      else expect(d.mismatches.slice(0, 20)).toEqual([]);
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
    expect(imp.errors().filter((e) => !e.includes('not yet supported: generic'))).toEqual([]);
  });
});
