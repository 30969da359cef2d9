// Where rp2040js 1.4.1's timing differs from the RP2040's in ways the Go runtime's clock (runtime/time_rp2040.go)
// meets, and the runner's corrections (compiler/run/rp2040.ts uses both):
// - The TIMER's alarms fire early. Writing ALARMn schedules the alarm `(ALARMn - now µs) >>> 0` whole microseconds
//   after the write, with `now µs` fractional: in the middle of a microsecond the alarm fires up to 1 µs before the
//   count reaches ALARMn, and a sleeper that reads the count then arms the alarm again. exactTimerAlarms reschedules
//   each written alarm for the moment the count becomes ALARMn, as the chip's comparison does.
// - A `wfi` ends only on a new interrupt request (Cortex-M0 core's setInterrupt). On the chip any pending exception
//   that could preempt ends it, also with PRIMASK set: an interrupt that was already pending at the `wfi` (an alarm
//   firing between the runtime's arming and its `wfi`, interrupts masked) and SysTick (which rp2040js only marks
//   pending) would leave the simulated core asleep for good. wfiEnds says when the chip would wake.

import type { RP2040 } from 'rp2040js';

/** TIMER_BASE is the TIMER block's address; the chip's peripheral table is indexed by address >>> 12. */
const TIMER_BASE = 0x40054000;

/** ALARM0 and ALARM3 are the offsets of the first and last alarm registers (datasheet 4.6.5). */
const ALARM0 = 0x10;
const ALARM3 = 0x1c;

/** TimerInternals is the part of rp2040js's RPTimer that exactTimerAlarms uses (its alarms are private). */
interface TimerInternals {
  writeUint32(offset: number, value: number): void;
  alarms: { armed: boolean; clockAlarm: { schedule(deltaNanos: number): void } }[];
}

/** SimClock is the simulated clock's time in nanoseconds. */
interface SimClock {
  readonly nanos: number;
}

/** exactTimerAlarms makes the TIMER's alarms of chip fire when the microsecond count reaches ALARMn. */
export function exactTimerAlarms(chip: RP2040, clock: SimClock): void {
  const timer = chip.peripherals[TIMER_BASE >>> 12] as unknown as TimerInternals;
  const write = timer.writeUint32.bind(timer);
  timer.writeUint32 = (offset: number, value: number) => {
    write(offset, value);
    if (offset < ALARM0 || offset > ALARM3 || offset % 4 !== 0) return;
    const alarm = timer.alarms[(offset - ALARM0) / 4]!;
    if (!alarm.armed) return;
    const nanos = clock.nanos;
    const micros = Math.floor(nanos / 1000);
    // The count equals ALARMn after (ALARMn - count) mod 2^32 more ticks; when it already does, the alarm fires now.
    const due = micros + ((value - micros) >>> 0);
    alarm.clockAlarm.schedule(Math.max(0, due * 1000 - nanos));
  };
}

/** The parts of rp2040js's Cortex-M0+ core that wfiEnds reads (public in its typings). */
interface CoreState {
  pendingInterrupts: number;
  enabledInterrupts: number;
  pendingSystick: boolean;
}

/** wfiEnds reports whether the chip would end a `wfi` now: an enabled interrupt or SysTick is pending. */
export function wfiEnds(core: CoreState): boolean {
  return (core.pendingInterrupts & core.enabledInterrupts) !== 0 || core.pendingSystick;
}
