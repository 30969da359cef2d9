// Whole-program intrinsics: runtime functions whose result the compiler knows only once the program's reachable
// code is (after reachable.ts). A call of one is replaced by that constant, so that the runtime code it guards folds
// away: runtime.goroutinesEnabled() is false in a program whose reachable code has no go statement, which leaves the
// scheduler with one task that never switches (no context switch, no stack canary check); runtime.timersStartable()
// is false when no reachable function can start a timer other than time.Sleep's (the runtime's definitions of
// package time's startTimer, resetTimer and modTimer are unreachable). With both false, time.Sleep just waits for the
// clock — what a blinky needs.

import type * as ir from '../ir/ir.ts';
import * as b from '../ir/builder.ts';

/** INTRINSICS are the runtime functions resolveIntrinsics replaces. */
const INTRINSICS = new Set(['goroutinesEnabled', 'timersStartable']);

/** TIMER_STARTERS are the runtime functions through which package time starts its timers (runtime/timer.go). */
const TIMER_STARTERS = new Set(['runtime.timeStartTimer', 'runtime.timeResetTimer', 'runtime.timeModTimer']);

/** resolveIntrinsics replaces the calls of the whole-program intrinsics (run after dead functions are removed). */
export function resolveIntrinsics(prog: ir.Program): void {
  const calls: ir.Call[] = [];
  const value = { goroutinesEnabled: false, timersStartable: false };
  for (const p of prog.packages)
    for (const fn of [p.init, ...p.functions]) {
      if (TIMER_STARTERS.has(fn.qualifiedName) && fn.blocks.length > 0) value.timersStartable = true;
      for (const blk of fn.blocks)
        for (const i of blk.instrs) {
          if (i.kind === 'Go') value.goroutinesEnabled = true;
          else if (i.kind === 'Call' && intrinsicName(i.callee) !== undefined) calls.push(i);
        }
    }
  for (const c of calls) {
    b.replaceAll(c, b.constBool(value[intrinsicName(c.callee)!]));
    b.removeInstr(c);
  }
}

/** intrinsicName returns the name of the intrinsic callee is (undefined: another function or value). */
function intrinsicName(callee: ir.Value): 'goroutinesEnabled' | 'timersStartable' | undefined {
  if (callee.kind !== 'Function' || callee.pkg?.path !== 'runtime' || callee.blocks.length > 0 || !INTRINSICS.has(callee.name)) {
    return undefined;
  }
  return callee.name as 'goroutinesEnabled' | 'timersStartable';
}
