// The `-o` extension table: every listed extension selects its format, and the message for an unknown one lists
// exactly the table's extensions (the CLI test builds each format for real).

import { describe, expect, it } from 'vitest';
import { UserError } from '../diag.ts';
import { OUTPUT_EXTENSIONS, outputExtensionList, outputFormat } from './output.ts';

describe('outputFormat', () => {
  it.each(OUTPUT_EXTENSIONS.map(([ext, format]) => [ext, format]))('%s selects %s', (ext, format) => {
    expect(outputFormat(`dir/out${ext}`)).toBe(format);
    expect(outputFormat(`dir/OUT${ext.toUpperCase()}`)).toBe(format);
  });

  it('treats a name without an extension as ELF', () => {
    expect(outputFormat('firmware')).toBe('elf');
  });

  it('lists every accepted extension when rejecting one', () => {
    expect(outputExtensionList()).toBe('.elf, .hex, .ihex, .bin, .uf2, .ll, .bc or .o');
    expect(() => outputFormat('out.xyz')).toThrow(new UserError('unknown output file type .xyz for out.xyz: use .elf, .hex, .ihex, .bin, .uf2, .ll, .bc or .o'));
    for (const [ext] of OUTPUT_EXTENSIONS) expect(outputExtensionList()).toContain(ext);
  });
});
