// runtime/volatile is volatile in the generated code: after opt -Oz, every access a program makes through it is still
// there, as a volatile load or store of the register's width at its address, in program order.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from './driver.ts';
import { runTool } from './tools.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsgo-volatile-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SRC = `package main

import (
	"runtime/volatile"
	"unsafe"
)

var CTRL = (*volatile.Register8)(unsafe.Pointer(uintptr(0x25)))
var DATA = (*volatile.Register32)(unsafe.Pointer(uintptr(0x1000)))

func main() {
	CTRL.Set(1)
	CTRL.Set(1) // written twice: both stores stay
	_ = DATA.Get() // read for its effect only: it stays
	DATA.SetBits(6)
	var x uint16
	volatile.StoreUint16(&x, 7)
	println(volatile.LoadUint16(&x))
	for DATA.Get()&1 == 0 { // polling: the load is in the loop
	}
}
`;

/** optimizedMain builds SRC for target as LLVM IR, optimizes it as the build does, and returns main's body. */
async function optimizedMain(target: string): Promise<string> {
  const file = path.join(work, 'main.go');
  fs.writeFileSync(file, SRC);
  const ll = path.join(work, `${target}.ll`);
  await build({ inputs: [file], target, output: ll, optLevel: 'z', size: 'none', tags: [], stderr: () => {} });
  const opt = (await runTool('opt', ['-Oz', '-S', ll, '-o', '-'])).toString();
  const body = /define[^\n]*@main\(\)[^\n]*\{\n([\s\S]*?)\n\}/.exec(opt);
  expect(body, opt).not.toBeNull();
  return body![1]!;
}

describe('runtime/volatile', () => {
  it.each(['arduino', 'cortex-m-qemu'])('keeps every access on %s, in order, with its width', async (target) => {
    const body = await optimizedMain(target);
    const straight = body.slice(0, body.indexOf('load volatile i16') + 'load volatile i16'.length);
    const ops = [...straight.matchAll(/(load|store) volatile (i\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    // CTRL.Set twice, the unused Get, SetBits' load and store, x's store and load.
    expect(ops).toEqual(['store i8', 'store i8', 'load i32', 'load i32', 'store i32', 'store i16', 'load i16']);
    // The polling loop reads the register on every iteration: a block with the load branches back to itself.
    const loop = [...body.matchAll(/\n([\w.$-]+):[^\n]*\n((?:[^\n]+\n)*?)[^\n]*br [^\n]*/g)].find(
      (m) => /load volatile i32/.test(m[2]!) && m[0].includes(`label %${m[1]}`),
    );
    expect(loop, body).toBeDefined();
    expect(body).not.toMatch(/call [^\n]*tsgo\.volatile/); // inlined
  });
});
