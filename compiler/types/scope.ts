// Scopes: the lexical blocks of the Go spec (universe, package, file, function, block), each mapping names to objects.
// Identifier resolution walks them outward once per identifier, so the lookups allocate nothing, and a scope that
// declares nothing (most `if` and `for` bodies) never creates its map.

import type { Pos } from '../syntax/source.ts';
import type { Obj } from './objects.ts';

/**
 * Scope maps names to objects and links to its parent; `pos`/`end` delimit it in the source (NoPos for universe).
 * Unlike go/types, a scope does not list its children: the universe, shared by every check in a process, would keep
 * every package ever checked alive.
 */
export class Scope {
  private table: Map<string, Obj> | undefined = undefined;

  constructor(
    readonly parent: Scope | undefined,
    readonly pos: Pos,
    readonly end: Pos,
    readonly comment: string,
  ) {}

  /** elems returns the scope's objects by name, in insertion order. */
  get elems(): ReadonlyMap<string, Obj> {
    return (this.table ??= new Map());
  }

  /** lookup returns the object named name in this scope only. */
  lookup(name: string): Obj | undefined {
    return this.table?.get(name);
  }

  /** innermost returns the innermost scope, from this one outward, that declares name. */
  innermost(name: string): Scope | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.table?.has(name)) return s;
    return undefined;
  }

  /** resolve returns the innermost object named name, from this scope outward. */
  resolve(name: string): Obj | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const o = s.table?.get(name);
      if (o) return o;
    }
    return undefined;
  }

  /** insert adds obj unless the name is taken; it returns the existing object in that case. */
  insert(obj: Obj): Obj | undefined {
    const table = (this.table ??= new Map());
    const prev = table.get(obj.name);
    if (prev) return prev;
    table.set(obj.name, obj);
    return undefined;
  }
}
