// Scopes: the lexical blocks of the Go spec (universe, package, file, function, block), each mapping names to objects.

import type { Pos } from '../syntax/source.ts';
import type { Obj } from './objects.ts';

/** Scope maps names to objects and links to its parent; `pos`/`end` delimit it in the source (NoPos for universe). */
export class Scope {
  readonly elems = new Map<string, Obj>();
  readonly children: Scope[] = [];

  constructor(
    readonly parent: Scope | undefined,
    readonly pos: Pos,
    readonly end: Pos,
    readonly comment: string,
  ) {
    parent?.children.push(this);
  }

  /** lookup returns the object named name in this scope only. */
  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }

  /** lookupParent walks outward and returns the innermost object named name and the scope holding it. */
  lookupParent(name: string): [Scope, Obj] | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const o = s.elems.get(name);
      if (o) return [s, o];
    }
    return undefined;
  }

  /** insert adds obj unless the name is taken; it returns the existing object in that case. */
  insert(obj: Obj): Obj | undefined {
    const prev = this.elems.get(obj.name);
    if (prev) return prev;
    this.elems.set(obj.name, obj);
    return undefined;
  }
}
