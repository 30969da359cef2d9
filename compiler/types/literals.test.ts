// Literal decoding (literals.ts): the fast paths for plain decimal integers and escape-free ASCII strings must give
// what the general decoders give, and everything else must still take the general path.

import { describe, expect, it } from 'vitest';
import { bytesOfString } from './constant.ts';
import { parseIntLit, parseStringLit } from './literals.ts';

describe('literal decoding', () => {
  it('parses integer literals of every base, with and without the fast path', () => {
    expect(parseIntLit('0')).toBe(0n);
    expect(parseIntLit('7')).toBe(7n);
    expect(parseIntLit('123456789012345')).toBe(123456789012345n);
    expect(parseIntLit('1234567890123456789012345678901234567890')).toBe(1234567890123456789012345678901234567890n);
    expect(parseIntLit('1_000')).toBe(1000n);
    expect(parseIntLit('017')).toBe(15n);
    expect(parseIntLit('0o17')).toBe(15n);
    expect(parseIntLit('0XfF')).toBe(255n);
    expect(parseIntLit('0b101')).toBe(5n);
    expect(parseIntLit('0x')).toBeUndefined();
  });

  it('decodes interpreted and raw strings to byte strings', () => {
    expect(parseStringLit('"hello, world"')).toBe('hello, world');
    expect(parseStringLit('""')).toBe('');
    expect(parseStringLit('"a\\tb\\x41\\101\\u00e9"')).toBe('a\tbAA' + bytesOfString('é'));
    expect(parseStringLit('"é"')).toBe(bytesOfString('é'));
    expect(parseStringLit('"\\""')).toBe('"');
    expect(parseStringLit('`a\\n\tb`')).toBe('a\\n\tb');
    expect(parseStringLit('`a\r\nb`')).toBe('a\nb');
    expect(parseStringLit('`日本`')).toBe(bytesOfString('日本'));
    expect(parseStringLit('"\\q"')).toBeUndefined();
  });
});
