// verifyIR names the function that holds invalid IR (the driver uses it when opt-14 rejects a module), and big
// aggregates never become first-class LLVM loads, stores or allocas. (Every testdata/run program's IR is verified by
// opt-14 in the end-to-end tests.)

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProgram } from './buildrun.ts';
import { verifyIR } from './verify.ts';

const here = import.meta.dirname;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-verify-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('verifyIR', () => {
  it('accepts valid IR and names the function of a mistyped load', () => {
    expect(verifyIR('define void @ok() {\n  ret void\n}\n')).toBe('');
    const bad = 'define void @good() {\n  ret void\n}\n\ndefine i8* @"main.bad"(i8* %p) {\n  %v = load i8*, i8* %p\n  ret i8* %v\n}\n';
    expect(verifyIR(bad)).toMatch(/^internal compiler error: invalid LLVM IR in function main.bad: .*pointee type/);
  });
});

describe('generated IR', () => {
  it('keeps big composite literals out of first-class loads, stores and allocas', async () => {
    const out = path.join(work, 'bigcomplit.ll');
    const { result, diagnostics } = await compileProgram(path.join(here, '../../testdata/run/bigcomplit.go'), 'host', out);
    expect(result, diagnostics).toBeDefined();
    const text = fs.readFileSync(out, 'utf8');
    expect(text).not.toMatch(/(load|store|alloca) \[300 x i8\]/);
    expect(text).not.toMatch(/(load|store) \[40 x i32\]/);
    expect(text).toContain('@llvm.memmove');
  });
});
