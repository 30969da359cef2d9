// Sizes and alignments of Go types for a target. The numbers must agree with the LLVM data layout the target uses
// (codegen lays out structs with LLVM's natural alignment): AVR aligns everything to 1 byte; thumbv7m and x86-64
// align each scalar to its size (8-byte int64 and float64), capped at maxAlign. sizeBlocker tells the checker when a
// type has no static size (yet): an invalid type, a type parameter (a variable size), or a defined type still being
// declared (`type T [unsafe.Sizeof(*new(T))]int`), so that Sizes is only asked about complete types.

import type { Named, Type } from './types.ts';

/**
 * SizeBlocker says why a type has no static size: it contains an invalid type (or contains itself by value), a type
 * parameter (its size varies with the instantiation), or a defined type whose declaration is still being checked
 * (`path` lists the defined types leading to it by value, ending with it).
 */
type SizeBlocker =
  | { kind: 'invalid' }
  | { kind: 'typeParam' }
  | { kind: 'incomplete'; path: Named[] };

/**
 * sizeBlocker returns why a value of type t has no static size, or undefined when Sizes can compute it. Only the
 * parts of t stored by value matter (array elements, struct fields, defined types' underlying types); an incomplete
 * type takes precedence over a type parameter, and an invalid type over both.
 */
export function sizeBlocker(t: Type): SizeBlocker | undefined {
  const done = new Map<Named, SizeBlocker | undefined>();
  const path: Named[] = [];
  const visit = (t: Type): SizeBlocker | undefined => {
    switch (t.kind) {
      case 'Named': {
        if (done.has(t)) return done.get(t);
        if (path.includes(t)) return { kind: 'invalid' }; // contains itself by value: reported by validType
        const u = t.underlying();
        if (t.underlyingType === undefined) return { kind: 'incomplete', path: [...path, t] };
        path.push(t);
        const r = visit(u);
        path.pop();
        done.set(t, r);
        return r;
      }
      case 'TypeParam':
        return { kind: 'typeParam' };
      case 'Basic':
        return t.name === 'Invalid' || t.name.startsWith('untyped') ? { kind: 'invalid' } : undefined;
      case 'Array':
        return visit(t.elem);
      case 'Struct':
      case 'Tuple': {
        let worst: SizeBlocker | undefined;
        for (const ft of t.kind === 'Struct' ? t.fields.map((f) => f.type) : t.vars.map((v) => v.type)) {
          const r = visit(ft);
          if (r && (!worst || rank(r) > rank(worst))) worst = r;
          if (worst?.kind === 'invalid') break;
        }
        return worst;
      }
      default:
        return undefined;
    }
  };
  return visit(t);
}

function rank(b: SizeBlocker): number {
  return b.kind === 'invalid' ? 2 : b.kind === 'incomplete' ? 1 : 0;
}

/** Sizes answers size/alignment questions for one target. */
export class Sizes {
  constructor(
    /** ptrSize is the size of pointers and uintptr (2 on AVR, 4 on Cortex-M, 8 on amd64). */
    readonly ptrSize: number,
    /** intSize is the size of int and uint (4 on AVR and Cortex-M, 8 on amd64). */
    readonly intSize: number,
    /** maxAlign caps every alignment (1 on AVR, 8 elsewhere). */
    readonly maxAlign: number,
    /**
     * funcWords is the size of a function value in pointer words: 2 in tsgo (a code pointer and a context pointer,
     * as TinyGo), 1 in gc (a pointer to a closure object), which the go/types comparisons use.
     */
    readonly funcWords: number = 2,
  ) {}

  /** sizeof returns the size in bytes of a value of type t. */
  sizeof(t: Type): number {
    const u = t.underlying();
    switch (u.kind) {
      case 'Basic':
        return this.basicSize(u.name);
      case 'Pointer':
      case 'Map':
      case 'Chan':
        return this.ptrSize;
      case 'Signature':
        return this.funcWords * this.ptrSize;
      case 'Slice':
        return 3 * this.ptrSize;
      case 'Interface':
        return 2 * this.ptrSize;
      case 'Array': {
        if (u.len === 0) return 0;
        const es = this.sizeof(u.elem);
        return align(es, this.alignof(u.elem)) * (u.len - 1) + es;
      }
      case 'Struct': {
        if (u.fields.length === 0) return 0;
        const offs = this.offsetsof(u.fields.map((f) => f.type));
        const last = u.fields.length - 1;
        const end = offs[last]! + this.sizeof(u.fields[last]!.type);
        return align(end, this.alignof(u));
      }
      case 'Tuple': {
        if (u.vars.length === 0) return 0;
        const offs = this.offsetsof(u.vars.map((v) => v.type));
        const last = u.vars.length - 1;
        return align(offs[last]! + this.sizeof(u.vars[last]!.type), this.alignof(u));
      }
      case 'Named':
      case 'TypeParam':
      case 'Union':
        throw new Error(`internal error: sizeof ${u.kind}`);
    }
  }

  /** alignof returns the alignment in bytes of a value of type t. */
  alignof(t: Type): number {
    const u = t.underlying();
    switch (u.kind) {
      case 'Array':
        return this.alignof(u.elem);
      case 'Struct':
        return u.fields.reduce((a, f) => Math.max(a, this.alignof(f.type)), 1);
      case 'Tuple':
        return u.vars.reduce((a, v) => Math.max(a, this.alignof(v.type)), 1);
      case 'Slice':
      case 'Interface':
      case 'Signature':
        return Math.min(this.ptrSize, this.maxAlign);
      case 'Basic':
        if (u.name === 'string') return Math.min(this.ptrSize, this.maxAlign);
        if (u.name === 'complex64') return Math.min(4, this.maxAlign);
        if (u.name === 'complex128') return Math.min(8, this.maxAlign);
        return Math.max(1, Math.min(this.sizeof(u), this.maxAlign));
      default:
        return Math.max(1, Math.min(this.sizeof(u), this.maxAlign));
    }
  }

  /** offsetsof returns the byte offset of each field of a struct with the given field types. */
  offsetsof(fields: Type[]): number[] {
    let off = 0;
    return fields.map((f) => {
      off = align(off, this.alignof(f));
      const o = off;
      off += this.sizeof(f);
      return o;
    });
  }

  private basicSize(name: string): number {
    switch (name) {
      case 'bool':
      case 'int8':
      case 'uint8':
        return 1;
      case 'int16':
      case 'uint16':
        return 2;
      case 'int32':
      case 'uint32':
      case 'float32':
        return 4;
      case 'int64':
      case 'uint64':
      case 'float64':
      case 'complex64':
        return 8;
      case 'complex128':
        return 16;
      case 'int':
      case 'uint':
        return this.intSize;
      case 'uintptr':
      case 'unsafe.Pointer':
        return this.ptrSize;
      case 'string':
        return 2 * this.ptrSize;
      default:
        // Untyped kinds have no size; the checker converts them to typed values first.
        throw new Error(`internal error: sizeof ${name}`);
    }
  }
}

/** align rounds x up to a multiple of a. */
export function align(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}
