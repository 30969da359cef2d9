// Robustness tests: the parser must be total. Random token deletions and duplications in real GOROOT files, random
// truncations, byte garbage and 10000-deep nesting of every nestable construct must all return a File without
// throwing, without an internal error, within a time bound, and (for broken input) with at least one diagnostic.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as ast from './ast.ts';
import { DiagnosticSink } from '../diag.ts';
import { parseFile } from './parser.ts';
import { Scanner } from './scanner.ts';
import { FileSet } from './source.ts';
import { Tok } from './token.ts';
import { walk } from './walk.ts';

/** rng is a small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  file: ast.File;
  messages: string[];
  ms: number;
}

function run(bytes: Uint8Array): Outcome {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const t0 = performance.now();
  const file = parseFile(fset, 'm.go', bytes, sink);
  const ms = performance.now() - t0;
  // every node must lie inside the file
  const f = fset.file(file.pos)!;
  walk(file, (n) => {
    if (n.pos < f.base || n.end > f.base + f.size || n.end < n.pos) {
      throw new Error(`node ${n.kind} out of range: ${n.pos}-${n.end}`);
    }
  });
  return { file, messages: sink.list.map((d) => d.message), ms };
}

function tokens(bytes: Uint8Array): [number, number][] {
  const sc = new Scanner(bytes, () => {});
  const out: [number, number][] = [];
  for (;;) {
    sc.next();
    if (sc.tok === Tok.EOF) break;
    if (sc.endOffset > sc.offset) out.push([sc.offset, sc.endOffset]);
  }
  return out;
}

function splice(b: Uint8Array, from: number, to: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - (to - from) + insert.length);
  out.set(b.subarray(0, from), 0);
  out.set(insert, from);
  out.set(b.subarray(to), from + insert.length);
  return out;
}

const goroot = '/usr/lib/go-1.19/src';
const samples = ['fmt/print.go', 'sort/sort.go', 'strconv/atof.go', 'go/types/expr.go', 'net/http/server.go'];

describe.runIf(existsSync(goroot))('mutated GOROOT files', () => {
  for (const name of samples) {
    it(`survives token deletions, duplications and truncations of ${name}`, () => {
      const orig = new Uint8Array(readFileSync(join(goroot, name)));
      const toks = tokens(orig);
      const rand = rng(name.length * 7919);
      let broken = 0;
      for (let i = 0; i < 150; i++) {
        let b: Uint8Array = orig;
        const k = 1 + Math.floor(rand() * 3);
        for (let j = 0; j < k; j++) {
          const [s, e] = toks[Math.floor(rand() * toks.length)]!;
          if (s >= b.length || e > b.length) continue;
          b = rand() < 0.5 ? splice(b, s, e, new Uint8Array()) : splice(b, s, s, b.slice(s, e));
        }
        if (rand() < 0.3) b = b.subarray(0, Math.floor(rand() * b.length));
        const r = run(b);
        expect(r.file.kind).toBe('File');
        expect(r.messages.filter((m) => m.includes('internal compiler error'))).toEqual([]);
        expect(r.ms).toBeLessThan(3000);
        if (r.messages.length > 0) broken++;
      }
      expect(broken).toBeGreaterThan(40); // most mutations break the file, and the parser says so
    });
  }
});

describe('pathological input', () => {
  const deep: [string, string, string][] = [
    ['parentheses', 'x = ', '(|1|)'],
    ['slice types', 'x = ', '[]|int|'],
    ['composite literals', 'x = ', 'T{|1|}'],
    ['blocks', '', '{|;|}'],
    ['if statements', '', 'if x {|;|}'],
    ['unary minus', 'x = ', '-|1|'],
    ['pointer types', 'var x ', '*|int|'],
    ['function types', 'var x ', 'func() |int|'],
    ['function literals', 'x = ', 'func() { _ = |1| }'],
    ['index expressions', 'x = a', '[|i|]'],
    ['calls', 'x = f', '(|1|)'],
    ['channel types', 'var x ', 'chan |int|'],
    ['binary operators', 'x = 1', ' + 1||'],
    ['unclosed parentheses', 'x = ', '(||'],
  ];
  for (const [what, prefix, pattern] of deep) {
    it(`handles 10000 nested ${what}`, () => {
      const [open, mid, close] = pattern.split('|') as [string, string, string];
      const src = `package p\nfunc f() {\n${prefix}${open.repeat(10000)}${mid}${close.repeat(10000)}\n}\n`;
      const r = run(new TextEncoder().encode(src));
      expect(r.file.kind).toBe('File');
      expect(r.messages.filter((m) => m.includes('internal compiler error'))).toEqual([]);
      expect(r.ms).toBeLessThan(5000);
    });
  }

  it('reports the nesting limit for 10000 parentheses', () => {
    const src = `package p\nvar x = ${'('.repeat(10000)}1${')'.repeat(10000)}\n`;
    const r = run(new TextEncoder().encode(src));
    expect(r.messages).toEqual(['exceeded max nesting depth']);
  });

  it('accepts 200 nested parentheses', () => {
    const src = `package p\nvar x = ${'('.repeat(200)}1${')'.repeat(200)}\n`;
    expect(run(new TextEncoder().encode(src)).messages).toEqual([]);
  });

  it('survives random bytes and random token soup', () => {
    const rand = rng(42);
    const words = ['package', 'p', 'func', '(', ')', '{', '}', '[', ']', 'x', ':=', '=', ',', ';', '\n', 'if', 'for',
      'range', 'switch', 'case', 'default', ':', 'type', 'struct', 'interface', 'chan', '<-', '*', '&', '1', '"s"',
      'go', 'defer', 'select', 'var', 'const', 'import', 'map', '...', '.', '~', '|', 'else', 'return', 'goto', 'L'];
    for (let i = 0; i < 200; i++) {
      let b: Uint8Array;
      if (i % 2 === 0) {
        b = new Uint8Array(Math.floor(rand() * 400));
        for (let j = 0; j < b.length; j++) b[j] = Math.floor(rand() * 256);
      } else {
        const parts: string[] = [];
        for (let j = 0; j < 300; j++) parts.push(words[Math.floor(rand() * words.length)]!);
        b = new TextEncoder().encode(parts.join(' '));
      }
      const r = run(b);
      expect(r.messages.filter((m) => m.includes('internal compiler error'))).toEqual([]);
      expect(r.ms).toBeLessThan(2000);
    }
  });
});
