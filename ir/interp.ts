// A reference interpreter for the SSA IR, for tests: it runs a Program (each package's init in order, then main.main)
// with Go semantics for the subset the IR covers — wrapping integer arithmetic at the target's widths, bools, byte
// strings, pointers into variables, structs and arrays as values, println/print in gc's format, run-time panics with
// gc's messages — and returns what the program printed and its exit code. It lets the SSA builder and the IR passes be
// checked against `go run` without going through LLVM. Values: integers are bigints, bools booleans, strings JS
// strings of bytes, structs/arrays/tuples JS arrays (copied on load and store), pointers {box, path} or null.
// Floats are JS numbers (float32 rounded with Math.fround after each operation) and print in gc's `+1.500000e+000`
// form. Complex numbers, unsafe.Pointer arithmetic, external (bodyless) functions, slices, maps and interfaces are not
// modelled (InterpError): the end-to-end tests check those on the real targets.

import { assertNever } from '../compiler/diag.ts';
import type { ConstValue } from '../compiler/types/constant.ts';
import { ratToNumber } from '../compiler/types/constexpr.ts';
import { bigToNumber } from '../compiler/types/bigfloat.ts';
import type { Type } from '../compiler/types/types.ts';
import type * as ir from './ir.ts';

/** Box is one variable's storage. */
interface Box {
  v: Val;
}

/** Ptr is a pointer: a variable and the field/element path inside it. */
interface Ptr {
  box: Box;
  path: number[];
}

/** Val is a run-time value in the interpreter. */
type Val = bigint | number | boolean | string | Ptr | null | Val[];

/** InterpResult is what a run produced: everything println/print wrote (gc writes it to stderr) and the exit code. */
export interface InterpResult {
  output: string;
  exitCode: number;
}

class GoPanic {
  constructor(readonly message: string) {}
}

/** InterpError is thrown for IR the interpreter does not model (an unsupported operation, not a Go panic). */
export class InterpError extends Error {}

const STEP_LIMIT = 5_000_000;

/** interpret runs prog: every package initializer in order, then main.main. */
export function interpret(prog: ir.Program): InterpResult {
  const m = new Machine(prog);
  try {
    for (const pkg of prog.packages) m.call(pkg.init, []);
    const main = prog.packages[prog.packages.length - 1]?.functions.find((f) => f.name === 'main' && !f.signature.recv);
    if (!main) throw new InterpError('no main.main');
    m.call(main, []);
    return { output: m.out, exitCode: 0 };
  } catch (e) {
    if (e instanceof GoPanic) return { output: m.out + `panic: ${e.message}\n`, exitCode: 2 };
    throw e;
  }
}

class Machine {
  out = '';
  steps = 0;
  readonly globals = new Map<ir.Global, Box>();
  /** unsupported are the variables whose static value the interpreter cannot represent, with why. */
  readonly unsupported = new Map<ir.Global, string>();
  readonly intBits: number;
  readonly ptrBits: number;

  constructor(readonly prog: ir.Program) {
    this.intBits = prog.sizes.intSize * 8;
    this.ptrBits = prog.sizes.ptrSize * 8;
    for (const p of prog.packages) {
      for (const g of p.globals) this.globals.set(g, { v: this.zero(elem(g.type)) });
    }
    for (const [g, box] of this.globals) {
      if (!g.init) continue;
      try {
        box.v = this.staticVal(g.init);
      } catch (e) {
        if (!(e instanceof InterpError)) throw e;
        this.unsupported.set(g, e.message); // an error only if the program reads it
      }
    }
  }

  zero(t: Type): Val {
    const u = t.underlying();
    switch (u.kind) {
      case 'Basic':
        if (u.name === 'bool') return false;
        if (u.name === 'string') return '';
        if (u.name.startsWith('float')) return 0;
        if (u.name.startsWith('complex')) throw new InterpError('complex numbers');
        if (u.name === 'unsafe.Pointer') return null;
        return 0n;
      case 'Struct':
        return u.fields.map((f) => this.zero(f.type));
      case 'Array':
        return Array.from({ length: u.len }, () => this.zero(u.elem));
      case 'Tuple':
        return u.vars.map((v) => this.zero(v.type));
      case 'Pointer':
      case 'Map':
      case 'Chan':
      case 'Signature':
      case 'Slice':
      case 'Interface':
        return null;
      default:
        throw new InterpError(`zero value of ${u.kind}`);
    }
  }

  bits(t: Type): { bits: number; signed: boolean } | undefined {
    const u = t.underlying();
    if (u.kind !== 'Basic') return undefined;
    switch (u.name) {
      case 'int8': return { bits: 8, signed: true };
      case 'int16': return { bits: 16, signed: true };
      case 'int32': return { bits: 32, signed: true };
      case 'int64': return { bits: 64, signed: true };
      case 'int': return { bits: this.intBits, signed: true };
      case 'uint8': return { bits: 8, signed: false };
      case 'uint16': return { bits: 16, signed: false };
      case 'uint32': return { bits: 32, signed: false };
      case 'uint64': return { bits: 64, signed: false };
      case 'uint': return { bits: this.intBits, signed: false };
      case 'uintptr': return { bits: this.ptrBits, signed: false };
      default: return undefined;
    }
  }

  roundF(v: number, t: Type): number {
    const u = t.underlying();
    return u.kind === 'Basic' && u.name === 'float32' ? Math.fround(v) : v;
  }

  wrap(v: bigint, t: Type): bigint {
    const w = this.bits(t);
    if (!w) return v;
    return w.signed ? BigInt.asIntN(w.bits, v) : BigInt.asUintN(w.bits, v);
  }

  staticVal(v: ir.StaticValue): Val {
    if (v.kind === 'Const') return this.constVal(v);
    if (v.kind === 'StaticAddr') return { box: this.globals.get(v.global)!, path: [] };
    if (v.kind === 'StaticSlice') throw new InterpError('slices');
    if (v.kind === 'StaticIface') throw new InterpError('interfaces');
    const zero = this.zero(v.type) as Val[];
    return v.elems.map((e, i) => (e ? this.staticVal(e) : zero[i]!));
  }

  constVal(c: ir.Const): Val {
    if (c.value === undefined) return this.zero(c.type);
    return this.fromConst(c.value, c.type);
  }

  fromConst(v: ConstValue, t: Type): Val {
    switch (v.kind) {
      case 'bool': return v.value;
      case 'string': return v.value;
      case 'int':
        return isFloatType(t) ? this.roundF(Number(v.value), t) : this.wrap(v.value, t);
      case 'float':
        return this.roundF(ratToNumber({ num: v.num, den: v.den }), t);
      case 'bigfloat':
        return this.roundF(bigToNumber(v), t);
      case 'complex':
      case 'bigcomplex':
      case 'unknown':
        throw new InterpError(`constant of kind ${v.kind}`);
      default:
        return assertNever(v, 'constant');
    }
  }

  call(fn: ir.Function, args: Val[]): Val {
    if (fn.blocks.length === 0) throw new InterpError(`external function ${fn.qualifiedName}`);
    const env = new Map<ir.Value, Val>();
    fn.params.forEach((p, i) => env.set(p, args[i] ?? null));
    const get = (v: ir.Value): Val => this.value(v, env);
    let blk = fn.blocks[0]!;
    let pred: ir.BasicBlock | undefined;
    for (;;) {
      // Phis read their edges simultaneously on block entry.
      const phiVals: [ir.Phi, Val][] = [];
      for (const i of blk.instrs) {
        if (i.kind !== 'Phi') break;
        const k = pred ? blk.preds.indexOf(pred) : -1;
        phiVals.push([i, get(i.edges[k]!)]);
      }
      for (const [p, v] of phiVals) env.set(p, v);
      let next: ir.BasicBlock | undefined;
      for (const i of blk.instrs) {
        if (++this.steps > STEP_LIMIT) throw new InterpError('step limit exceeded');
        switch (i.kind) {
          case 'Phi':
            continue;
          case 'Jump':
            next = blk.succs[0];
            break;
          case 'If':
            next = get(i.cond) === true ? blk.succs[0] : blk.succs[1];
            break;
          case 'Return':
            return i.results.length === 1 ? get(i.results[0]!) : i.results.map(get);
          case 'Panic':
            throw new GoPanic(this.panicText(get(i.x), i.x.type));
          case 'Unreachable':
            throw new InterpError('reached unreachable');
          case 'Store':
            this.store(get(i.addr), get(i.val));
            continue;
          case 'MapUpdate':
          case 'MapRange':
          case 'SetupDefers':
          case 'Defer':
          case 'RunDefers':
          case 'Send':
          case 'Go':
            throw new InterpError(`${i.kind} is not modelled`);
          default:
            env.set(i, this.exec(i, get));
            continue;
        }
        break;
      }
      if (!next) throw new InterpError(`block ${blk.index} of ${fn.qualifiedName} fell through`);
      pred = blk;
      blk = next;
    }
  }

  value(v: ir.Value, env: Map<ir.Value, Val>): Val {
    switch (v.kind) {
      case 'Const':
        return this.constVal(v);
      case 'Global':
        if (this.unsupported.has(v)) throw new InterpError(this.unsupported.get(v)!);
        return { box: this.globals.get(v)!, path: [] };
      case 'Function':
      case 'Builtin':
      case 'FreeVar':
        throw new InterpError('function values');
      default: {
        if (!env.has(v)) throw new InterpError(`value used before definition`);
        return env.get(v)!;
      }
    }
  }

  load(p: Val): Val {
    if (p === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
    const ptr = p as Ptr;
    let v = ptr.box.v;
    for (const k of ptr.path) v = (v as Val[])[k]!;
    return structuredCopy(v);
  }

  store(p: Val, val: Val): void {
    if (p === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
    const ptr = p as Ptr;
    if (ptr.path.length === 0) {
      ptr.box.v = structuredCopy(val);
      return;
    }
    let v = ptr.box.v as Val[];
    for (const k of ptr.path.slice(0, -1)) v = v[k] as Val[];
    v[ptr.path[ptr.path.length - 1]!] = structuredCopy(val);
  }

  exec(i: ir.ValueInstruction, get: (v: ir.Value) => Val): Val {
    switch (i.kind) {
      case 'Alloc':
        return { box: { v: this.zero(i.elem) }, path: [] };
      case 'Phi':
        throw new InterpError('phi out of place');
      case 'Call':
        if (i.callee.kind === 'Builtin') return this.builtin(i, i.args.map(get));
        if (i.callee.kind !== 'Function') throw new InterpError('calls of function values are not modelled');
        return this.call(i.callee, i.args.map(get));
      case 'BinOp':
        return this.binop(i, get(i.x), get(i.y));
      case 'UnOp': {
        const x = get(i.x);
        switch (i.op) {
          case '*': return this.load(x);
          case '!': return !x;
          case '-': return typeof x === 'number' ? this.roundF(-x, i.type) : this.wrap(-(x as bigint), i.type);
          case '^': return this.wrap(~(x as bigint), i.type);
          default: throw new InterpError('unary operator');
        }
      }
      case 'Convert': {
        const x = get(i.x);
        if (typeof x === 'bigint' && this.bits(i.type)) return this.wrap(x, i.type);
        if (typeof x === 'bigint' && isFloatType(i.type)) return this.roundF(Number(x), i.type);
        if (typeof x === 'number' && this.bits(i.type)) {
          if (!Number.isFinite(x)) throw new InterpError('conversion of a non-finite float to an integer');
          return this.wrap(BigInt(Math.trunc(x)), i.type);
        }
        if (typeof x === 'number' && isFloatType(i.type)) return this.roundF(x, i.type);
        if (typeof x === 'bigint' || this.bits(i.type)) throw new InterpError(`conversion ${i.x.type} -> ${i.type}`);
        return x;
      }
      case 'FieldAddr': {
        const p = get(i.x);
        if (p === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
        return { box: (p as Ptr).box, path: [...(p as Ptr).path, i.field] };
      }
      case 'Field':
        return structuredCopy((get(i.x) as Val[])[i.field]!);
      case 'IndexAddr': {
        const p = get(i.x);
        if (p === null) throw new GoPanic('runtime error: invalid memory address or nil pointer dereference');
        const at = elem(i.x.type).underlying();
        const n = at.kind === 'Array' ? at.len : 0;
        const k = this.checkIndex(get(i.index) as bigint, n);
        return { box: (p as Ptr).box, path: [...(p as Ptr).path, k] };
      }
      case 'Index': {
        const x = get(i.x);
        if (typeof x === 'string') return BigInt(x.charCodeAt(this.checkIndex(get(i.index) as bigint, x.length)));
        const arr = x as Val[];
        return structuredCopy(arr[this.checkIndex(get(i.index) as bigint, arr.length)]!);
      }
      case 'Extract':
        return (get(i.tuple) as Val[])[i.index]!;
      case 'MakeSlice':
      case 'Slice':
      case 'Append':
      case 'StrConv':
      case 'Concat':
      case 'MakeMap':
      case 'Lookup':
      case 'MapNext':
      case 'MakeInterface':
      case 'ChangeInterface':
      case 'TypeAssert':
      case 'Invoke':
      case 'MakeClosure':
      case 'MakeChan':
      case 'Recv':
      case 'Select':
      case 'InlineAsm':
        throw new InterpError(`${i.kind} is not modelled`);
      default:
        return assertNever(i, 'instruction');
    }
  }

  checkIndex(k: bigint, n: number): number {
    if (k < 0n || k >= BigInt(n)) throw new GoPanic(`runtime error: index out of range [${k}] with length ${n}`);
    return Number(k);
  }

  binop(i: ir.BinOp, x: Val, y: Val): Val {
    const t = i.type;
    switch (i.op) {
      case '==': return equal(x, y);
      case '!=': return !equal(x, y);
      case '<': return (x as bigint | string) < (y as bigint | string);
      case '<=': return (x as bigint | string) <= (y as bigint | string);
      case '>': return (x as bigint | string) > (y as bigint | string);
      case '>=': return (x as bigint | string) >= (y as bigint | string);
      default: break;
    }
    if (typeof x === 'string') {
      if (i.op === '+') return x + (y as string);
      throw new InterpError(`string ${i.op}`);
    }
    if (typeof x === 'number') {
      const c = y as number;
      switch (i.op) {
        case '+': return this.roundF(x + c, t);
        case '-': return this.roundF(x - c, t);
        case '*': return this.roundF(x * c, t);
        case '/': return this.roundF(x / c, t);
        default: throw new InterpError(`float ${i.op}`);
      }
    }
    const a = x as bigint;
    const b = y as bigint;
    switch (i.op) {
      case '+': return this.wrap(a + b, t);
      case '-': return this.wrap(a - b, t);
      case '*': return this.wrap(a * b, t);
      case '/':
      case '%': {
        if (b === 0n) throw new GoPanic('runtime error: integer divide by zero');
        return this.wrap(i.op === '/' ? a / b : a % b, t); // bigint / and % truncate toward zero, as Go does
      }
      case '&': return this.wrap(a & b, t);
      case '|': return this.wrap(a | b, t);
      case '^': return this.wrap(a ^ b, t);
      case '&^': return this.wrap(a & ~b, t);
      case '<<':
      case '>>': {
        if (b < 0n) throw new GoPanic('runtime error: negative shift amount');
        const w = this.bits(t)?.bits ?? 64;
        if (i.op === '<<') return b >= BigInt(w) ? 0n : this.wrap(a << b, t);
        return b >= BigInt(w) ? (a < 0n ? -1n : 0n) : a >> b; // a is already in range: >> is arithmetic or logical
      }
      default:
        throw new InterpError(`binary operator ${i.op}`);
    }
  }

  builtin(i: ir.Call, args: Val[]): Val {
    const callee = i.callee as ir.Builtin;
    switch (callee.name) {
      case 'println':
        this.out += args.map((a, k) => this.format(a, i.args[k]!.type)).join(' ') + '\n';
        return [];
      case 'print':
        this.out += args.map((a, k) => this.format(a, i.args[k]!.type)).join('');
        return [];
      case 'len': {
        const a = args[0];
        if (typeof a === 'string') return BigInt(a.length);
        if (Array.isArray(a)) return BigInt(a.length);
        throw new InterpError('len');
      }
      default:
        throw new InterpError(`builtin ${callee.name}`);
    }
  }

  format(v: Val, t: Type): string {
    if (typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string') return String(v);
    if (typeof v === 'number') return formatFloat(v);
    if (v === null) return '0x0';
    throw new InterpError(`printing a value of type ${t}`);
  }

  panicText(v: Val, t: Type): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'bigint') {
      // gc prints panic(int) as "panic: 42" plus the dynamic type for non-error values: `panic(42)` → "42".
      return `${v}`;
    }
    return this.format(v, t);
  }
}

function isFloatType(t: Type): boolean {
  const u = t.underlying();
  return u.kind === 'Basic' && (u.name === 'float32' || u.name === 'float64' || u.name === 'untyped float');
}

/**
 * formatFloat prints a float as gc's print/println do: sign, one digit, '.', six digits, 'e', signed three-digit
 * exponent (`+1.500000e+000`); NaN and ±Inf by name. Same steps as gc: normalise by repeated *10 or /10, add half a
 * unit of the 7th digit, then peel digits off.
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const n = 7;
  let e = 0;
  let sign = '+';
  let v = x;
  if (v === 0) {
    if (1 / v < 0) sign = '-';
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = '';
  for (let i = 0; i < n; i++) {
    const d = Math.trunc(v);
    digits += String.fromCharCode(48 + d);
    v -= d;
    v *= 10;
  }
  const es = e < 0 ? '-' : '+';
  const ea = Math.abs(e);
  return `${sign}${digits[0]}.${digits.slice(1)}e${es}${Math.trunc(ea / 100)}${Math.trunc(ea / 10) % 10}${ea % 10}`;
}

function elem(t: Type): Type {
  const u = t.underlying();
  if (u.kind !== 'Pointer') throw new InterpError(`not a pointer: ${t}`);
  return u.elem;
}

function structuredCopy(v: Val): Val {
  return Array.isArray(v) ? v.map(structuredCopy) : v;
}

function equal(x: Val, y: Val): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((e, k) => equal(e, y[k]!));
  if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
    const a = x as Ptr;
    const b = y as Ptr;
    return a.box === b.box && a.path.length === b.path.length && a.path.every((k, j) => k === b.path[j]);
  }
  return x === y;
}
