// Exact constant values, as the Go spec requires for constant expressions: integers are arbitrary-precision (bigint),
// untyped floats are exact rationals while small and 512-bit big floats otherwise (bigfloat.ts), complex constants have
// rational parts (or big float parts, 'bigcomplex'), strings are byte strings. This file holds the representation and
// the basic constructors; arithmetic lives in constexpr.ts.

/**
 * ConstValue is the exact value of a constant expression.
 * - `string` values are *byte strings*: each JS char code is one byte (0..255), so length, indexing and comparison
 *   behave as in Go. Use `bytesOfString`/`stringOfBytes` to convert from/to UTF-8 text.
 * - `float` is the exact rational num/den (den > 0, reduced).
 * - `bigfloat` is mant * 2^exp, an untyped float constant whose magnitude is beyond 2^±4096 (1e646456992), kept with
 *   a 512-bit mantissa as go/constant does. It only occurs in untyped constants: converting one to a typed float
 *   either overflows or rounds to zero, so typed constants recorded in Info are never bigfloats.
 * - `complex` has exact rational parts; `bigcomplex` is an untyped complex constant with at least one part a
 *   `bigfloat` (`1e5000i`, `complex(1e5000, 0)`, as go/constant's complexVal of big floats). Like bigfloat it only
 *   occurs in untyped constants: a typed complex constant always has rational parts.
 */
export type ConstValue =
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; num: bigint; den: bigint }
  | { kind: 'bigfloat'; mant: bigint; exp: number }
  | { kind: 'complex'; re: { num: bigint; den: bigint }; im: { num: bigint; den: bigint } }
  | { kind: 'bigcomplex'; re: RealPart; im: RealPart }
  | { kind: 'unknown' };

/** RealPart is a part of a 'bigcomplex' constant: an exact rational or a big float. */
export type RealPart = { kind: 'float'; num: bigint; den: bigint } | { kind: 'bigfloat'; mant: bigint; exp: number };

/** makeInt returns an integer constant. */
export function makeInt(v: bigint | number): ConstValue {
  return { kind: 'int', value: BigInt(v) };
}

/** makeBool returns a boolean constant. */
export function makeBool(v: boolean): ConstValue {
  return { kind: 'bool', value: v };
}

/** makeString returns a string constant from a byte string (one char per byte). */
export function makeString(bytes: string): ConstValue {
  return { kind: 'string', value: bytes };
}

/** unknownValue is the value of an erroneous constant expression. */
export const unknownValue: ConstValue = { kind: 'unknown' };

/** bytesOfString encodes JS text as UTF-8 and returns it as a byte string. */
export function bytesOfString(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** stringOfBytes returns the raw bytes of a byte string. */
export function stringOfBytes(bytes: string): Uint8Array {
  return Uint8Array.from(Buffer.from(bytes, 'latin1'));
}
