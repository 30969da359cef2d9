// The syscall constants generator: the committed src/syscall/zconst_linux.go is what the generator makes from
// GOROOT's api files today (regenerate with `node --import tsx scripts/gen-syscall-consts.ts` when they change), and
// the api lines' forms are read as they are meant (values, the Errno and Signal types, the ideal-bool constant).

import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGoroot } from '../compiler/loader/goenv.ts';
import { generate, generateFile, OUTPUT, parseApi } from './gen-syscall-consts.ts';

describe('gen-syscall-consts', () => {
  it('regenerates the committed zconst_linux.go exactly', () => {
    expect(generateFile(findGoroot())).toBe(fs.readFileSync(OUTPUT, 'utf8'));
  });

  it('types errnos and signals, keeps untyped values, and skips other platforms', () => {
    const consts = parseApi([
      'pkg syscall (linux-amd64), const E2BIG = 7',
      'pkg syscall (linux-amd64), const E2BIG Errno',
      'pkg syscall, const SIGINT = 2',
      'pkg syscall, const SIGINT Signal',
      'pkg syscall (linux-amd64), const O_CLOEXEC = 524288',
      'pkg syscall (linux-amd64), const O_CLOEXEC ideal-int',
      'pkg syscall, const ImplementsGetwd ideal-bool',
      'pkg syscall (linux-386), const SYS_SOCKETCALL = 102',
      'pkg syscall (windows-amd64), const O_CLOEXEC = 0 #12345',
    ]);
    expect(consts).toEqual([
      { name: 'E2BIG', value: '7', type: 'Errno' },
      { name: 'ImplementsGetwd', value: 'true', type: undefined },
      { name: 'O_CLOEXEC', value: '524288', type: undefined },
      { name: 'SIGINT', value: '2', type: 'Signal' },
    ]);
    expect(generate(consts)).toContain('\tE2BIG           = Errno(7)\n');
  });
});
