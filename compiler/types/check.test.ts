// The checker's test harness, in the style of go/types: every Go file under testdata/ is checked as package main,
// and every folder under testdata/multi/ as one package of several files whose subfolders are the packages it imports
// (testutil's checkDir); expected errors are written as /* ERROR "regexp" */ right after the offending token, in any
// file of a case. The test fails on a missing expected error and on any unexpected error. Files and lines must match
// exactly; columns are checked when the token before the comment is an identifier or literal (its start column must
// be the error's column).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileSet } from '../syntax/source.ts';
import type { DiagnosticSink } from '../diag.ts';
import { checkDir, checkSources, multiSources } from './testutil.ts';

const dir = join(import.meta.dirname, 'testdata');
const multiDir = join(dir, 'multi');

interface Expectation {
  line: number;
  col: number | undefined;
  re: RegExp;
  text: string;
}

/** tokenStart returns the 1-based column where the token ending just before `end` starts, if it is a word or literal. */
function tokenStart(line: string, end: number): number | undefined {
  let i = end;
  while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--;
  const last = line[i - 1];
  if (last === undefined) return undefined;
  if (/[A-Za-z0-9_]/.test(last)) {
    let j = i;
    while (j > 0 && (/[A-Za-z0-9_]/.test(line[j - 1]!) || (line[j - 1] === '.' && /[0-9]/.test(line[j - 2] ?? '')))) j--;
    // The sign of a float literal's exponent (`0x1p-2147483700`, `1e+5`) belongs to the literal.
    if (/[+-]/.test(line[j - 1] ?? '') && /[eEpP]/.test(line[j - 2] ?? '')) {
      let k = j - 1;
      while (k > 0 && /[A-Za-z0-9_.]/.test(line[k - 1]!)) k--;
      if (/[0-9.]/.test(line[k] ?? '')) j = k;
    }
    if (line[j - 1] === '-' && /[0-9]/.test(line[j]!) && !/[A-Za-z0-9_)\]]/.test(line[j - 2] ?? ' ') ) return undefined;
    return j + 1;
  }
  if (last === '"' || last === "'" || last === '`') {
    const j = line.lastIndexOf(last, i - 2);
    return j >= 0 ? j + 1 : undefined;
  }
  return undefined;
}

function expectations(src: string): Expectation[] {
  const out: Expectation[] = [];
  src.split('\n').forEach((line, i) => {
    const re = /\/\* ERROR "((?:[^"\\]|\\.)*)" \*\//g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const text = m[1]!.replace(/\\"/g, '"');
      out.push({ line: i + 1, col: tokenStart(line, m.index), re: new RegExp(text), text });
    }
  });
  return out;
}

/** Reported is one diagnostic with its file, line and column. */
interface Reported {
  filename: string;
  line: number;
  column: number;
  message: string;
}

function reportedOf(sink: DiagnosticSink, fset: FileSet): Reported[] {
  return sink.list.map((d) => ({ ...fset.position(d.pos), message: d.message }));
}

/** problems matches the diagnostics got against the expectations written in sources {filename: text}. */
function problems(sources: Record<string, string>, got: Reported[]): string[] {
  const out: string[] = [];
  const matched = new Set<number>();
  for (const [f, src] of Object.entries(sources)) {
    for (const e of expectations(src)) {
      const k = got.findIndex((g, gi) => !matched.has(gi) && g.filename === f && g.line === e.line && e.re.test(g.message));
      if (k < 0) {
        out.push(`${f}:${e.line}: missing error matching ${JSON.stringify(e.text)}`);
        continue;
      }
      matched.add(k);
      const g = got[k]!;
      if (e.col !== undefined && g.column !== e.col) {
        out.push(`${f}:${e.line}: error ${JSON.stringify(g.message)} at column ${g.column}, want ${e.col}`);
      }
    }
  }
  got.forEach((g, gi) => {
    if (!matched.has(gi)) out.push(`${g.filename}:${g.line}:${g.column}: unexpected error: ${g.message}`);
  });
  return out;
}

describe('checker testdata', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      const { sink, fset } = checkSources({ [f]: src });
      expect(problems({ [f]: src }, reportedOf(sink, fset))).toEqual([]);
    });
  }
});

describe('checker testdata: multi-file and multi-package cases', () => {
  for (const c of readdirSync(multiDir).sort()) {
    it(c, () => {
      const r = checkDir(join(multiDir, c));
      const got = [r, ...r.deps].flatMap((d) => reportedOf(d.sink, r.fset));
      expect(problems(multiSources(join(multiDir, c)), got)).toEqual([]);
    });
  }
});
