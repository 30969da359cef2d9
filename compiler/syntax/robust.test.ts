// Robustness tests (conformance/mutate.ts): the parser must be total. A CI-sized run of the mutation sweep (500
// token deletions, duplications, swaps and insertions, truncations and random-byte edits of real GOROOT files, plus
// 10,000-deep nesting), byte garbage, token soup and 10,000-deep nesting of every nestable construct must all return a
// File without throwing, without an internal error, with every node inside the file, within a time bound, and (for
// broken input) with at least one diagnostic. `npm run sweep:parse` runs 10,000 mutations.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diag.ts';
import { goroot } from './conformance/godiff.ts';
import { Mutator, checkParse, nestingSource, nestings, rng, vocabulary } from './conformance/mutate.ts';
import { parseFile } from './parser.ts';
import { FileSet } from './source.ts';

const src = join(goroot, 'src');
const samples = ['fmt/print.go', 'sort/sort.go', 'strconv/atof.go', 'go/types/expr.go', 'net/http/server.go'];

describe.runIf(existsSync(src))('mutated GOROOT files', () => {
  it('survives 500 mutations of five real files', () => {
    const m = new Mutator(samples.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(src, name))) })), 7919);
    const failures: string[] = [];
    let broken = 0;
    for (let i = 0; i < 500; i++) {
      const mut = m.next(i);
      const r = checkParse(mut.bytes, 3000);
      if (r.problem !== undefined) failures.push(`#${i} ${mut.kind} of ${mut.source}: ${r.problem}`);
      if (r.diagnostics > 0) broken++;
    }
    expect(failures).toEqual([]);
    expect(broken).toBeGreaterThan(300); // most mutations break the file, and the parser says so
  });
});

/** messages parses a source text and returns its diagnostics' messages. */
function messages(src: string): string[] {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  parseFile(fset, 'm.go', new TextEncoder().encode(src), sink);
  return sink.list.map((d) => d.message);
}

describe('pathological input', () => {
  nestings.forEach(([what], i) => {
    it(`handles 10000 nested ${what}`, () => {
      const r = checkParse(nestingSource(i), 5000);
      expect(r.problem).toBeUndefined();
    });
  });

  it('reports the nesting limit for 10000 parentheses', () => {
    expect(messages(`package p\nvar x = ${'('.repeat(10000)}1${')'.repeat(10000)}\n`)).toEqual(['exceeded max nesting depth']);
  });

  it('ends no node before it starts when a declaration is cut short (regression)', () => {
    for (const src of ['package p\nconst', 'package p\ntype ', 'package p\nimport \n\t\n)\n', 'package p\nvar x interface \t\t}\n\t( }\n']) {
      expect(checkParse(new TextEncoder().encode(src), 1000).problem, JSON.stringify(src)).toBeUndefined();
    }
  });

  it('accepts 200 nested parentheses', () => {
    expect(messages(`package p\nvar x = ${'('.repeat(200)}1${')'.repeat(200)}\n`)).toEqual([]);
  });

  it('survives random bytes and random token soup', () => {
    const rand = rng(42);
    for (let i = 0; i < 200; i++) {
      let b: Uint8Array;
      if (i % 2 === 0) {
        b = new Uint8Array(Math.floor(rand() * 400));
        for (let j = 0; j < b.length; j++) b[j] = Math.floor(rand() * 256);
      } else {
        const parts: string[] = [];
        for (let j = 0; j < 300; j++) parts.push(vocabulary[Math.floor(rand() * vocabulary.length)]!);
        b = new TextEncoder().encode(parts.join(' '));
      }
      expect(checkParse(b, 2000).problem).toBeUndefined();
    }
  });
});
