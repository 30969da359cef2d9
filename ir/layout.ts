// Facts about how values are represented that the SSA builder, the passes and codegen must agree on (DESIGN.md,
// "Runtime and value representation"): which types an interface stores in its data word, which map keys can be
// hashed as raw memory, how much memory each kind of allocation site needs, and the room below a stack's limit.
// Everything here is a pure function of the Go type and the target's Sizes, so that the phases cannot drift apart.

import type { Sizes } from '../compiler/types/sizes.ts';
import type { Type } from '../compiler/types/types.ts';

/**
 * isDirectIface reports whether a value of type t is stored in an interface's data word itself: a value that fits in
 * a pointer word (pointers, small integers, small structs; on AVR a 16-bit word). Larger values are boxed: the data
 * word points to a copy. Zero-size values are direct (the data word is unused).
 */
export function isDirectIface(t: Type, sizes: Sizes): boolean {
  return sizes.sizeof(t) <= sizes.ptrSize;
}

/** MapAlg is how a map hashes and compares its keys (runtime/hashmap.go's alg constants). */
export enum MapAlg {
  /** Mem hashes and compares the key's bytes: integers, pointers, channels, and arrays/structs of only those, unpadded. */
  Mem = 0,
  /** String hashes and compares string contents. */
  String = 1,
  /** Generic goes through the key type's descriptor: floats, complex, interfaces, strings inside aggregates, padding. */
  Generic = 2,
}

/** mapAlg chooses the hashing algorithm for a map key type. */
export function mapAlg(key: Type, sizes: Sizes): MapAlg {
  const u = key.underlying();
  if (u.kind === 'Basic' && u.name === 'string') return MapAlg.String;
  return isMemComparable(key, sizes) ? MapAlg.Mem : MapAlg.Generic;
}

/**
 * isMemComparable reports whether == on values of type t is equality of their bytes: no floats (±0, NaN), no strings
 * or interfaces (compared through what they point to), no padding (whose bytes are undefined) and no blank fields.
 */
export function isMemComparable(t: Type, sizes: Sizes): boolean {
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return (u.info & (1 << 1)) !== 0 /* IsInteger */ || u.name === 'bool' || u.name === 'unsafe.Pointer';
    case 'Pointer':
    case 'Chan':
      return true;
    case 'Array':
      return isMemComparable(u.elem, sizes);
    case 'Struct': {
      let off = 0;
      const offsets = sizes.offsetsof(u.fields.map((f) => f.type));
      for (let i = 0; i < u.fields.length; i++) {
        const f = u.fields[i]!;
        if (f.name === '_' || offsets[i] !== off || !isMemComparable(f.type, sizes)) return false;
        off += sizes.sizeof(f.type);
      }
      return off === sizes.sizeof(u);
    }
    default:
      return false;
  }
}

/**
 * runeCount counts the runes of a string constant (one char per byte) as Go's utf8.RuneCountInString does: an
 * invalid, overlong or surrogate sequence counts one rune per byte it cannot start.
 */
export function runeCount(bytes: string): number {
  let n = 0;
  for (let i = 0; i < bytes.length; n++) {
    const b0 = bytes.charCodeAt(i);
    const size = b0 < 0x80 ? 1 : b0 < 0xc2 ? 0 : b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : b0 < 0xf5 ? 4 : 0;
    let ok = size > 0 && i + size <= bytes.length;
    for (let k = 1; ok && k < size; k++) {
      const c = bytes.charCodeAt(i + k);
      // The second byte's range rules out overlong forms, surrogates and runes beyond U+10FFFF.
      const lo = k > 1 ? 0x80 : b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
      const hi = k > 1 ? 0xbf : b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
      ok = c >= lo && c <= hi;
    }
    i += ok ? size : 1;
  }
  return n;
}

/**
 * stackGuard is runtime/stack.go's stackGuard, the room kept below a goroutine's stack limit for the non-recursive
 * calls of a checked function (an allocation that collects garbage, usually the deepest): 96 bytes on AVR, 128
 * pointers elsewhere (512 bytes on Cortex-M, 1 KiB on the host).
 */
export function stackGuard(ptrSize: number): number {
  return ptrSize === 2 ? 96 : 128 * ptrSize;
}
