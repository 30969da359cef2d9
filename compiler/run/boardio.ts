// What a simulated board shows and takes besides its console: the changes of its output pins, named as the machine
// package names them (`D13`, `GP25`), written as `-trace-pins` lines or a Value Change Dump (`-vcd`, for GTKWave or
// PulseView), and a queue of bytes for its UART receiver (`tsgo run` feeds it from stdin).

import * as fs from 'node:fs';

/** PinChange is one change of an output pin's level at a simulated time. */
export interface PinChange {
  /** seconds is the simulated time since reset. */
  seconds: number;
  /** pin is the pin's name in the machine package (`D13`). */
  pin: string;
  high: boolean;
}

/** traceLine formats a pin change as -trace-pins prints it: `0.500004 D13 high`. */
export function traceLine(c: PinChange): string {
  return `${c.seconds.toFixed(6)} ${c.pin} ${c.high ? 'high' : 'low'}`;
}

/** arduinoPinName names bit `bit` of an ATmega328P port as the Arduino Uno/Nano pinout does (undefined: no pin). */
export function arduinoPinName(port: 'B' | 'C' | 'D', bit: number): string | undefined {
  switch (port) {
    case 'D':
      return `D${bit}`;
    case 'B':
      return bit < 6 ? `D${8 + bit}` : undefined; // PB6 and PB7 hold the crystal
    case 'C':
      return bit < 6 ? `A${bit}` : undefined; // PC6 is the reset pin
  }
}

/**
 * VcdWriter writes pin changes as a Value Change Dump with a 1 ns timescale: a header declaring every pin seen (the
 * file is written at the end, when all pins are known), then the changes in time order.
 */
export class VcdWriter {
  private readonly changes: PinChange[] = [];
  private readonly pins: string[] = [];

  add(c: PinChange): void {
    if (!this.pins.includes(c.pin)) this.pins.push(c.pin);
    this.changes.push(c);
  }

  /** text returns the whole dump. */
  text(): string {
    const id = (pin: string): string => String.fromCharCode(33 + this.pins.indexOf(pin)); // VCD ids: printable ASCII
    const out = ['$date tsgo simulation $end', '$version tsgo $end', '$timescale 1ns $end', '$scope module board $end'];
    for (const p of this.pins) out.push(`$var wire 1 ${id(p)} ${p} $end`);
    out.push('$upscope $end', '$enddefinitions $end');
    let last = -1;
    for (const c of this.changes) {
      const ns = Math.round(c.seconds * 1e9);
      if (ns !== last) out.push(`#${ns}`);
      last = ns;
      out.push(`${c.high ? 1 : 0}${id(c.pin)}`);
    }
    return out.join('\n') + '\n';
  }

  /** write writes the dump to path atomically. */
  write(path: string): void {
    const tmp = `${path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, this.text());
    fs.renameSync(tmp, path);
  }
}

/** ByteQueue holds bytes for a simulated UART receiver; `ended` is set when no more will come. */
export class ByteQueue {
  private readonly bytes: number[] = [];
  ended = false;

  push(chunk: Uint8Array | string): void {
    for (const b of typeof chunk === 'string' ? Buffer.from(chunk) : chunk) this.bytes.push(b);
  }

  /** shift takes the next byte, if any. */
  shift(): number | undefined {
    return this.bytes.shift();
  }

  /** unshift puts a byte back at the front. */
  unshift(b: number): void {
    this.bytes.unshift(b);
  }

  get length(): number {
    return this.bytes.length;
  }
}

/**
 * stdinQueue returns a ByteQueue fed by the process's stdin (not read at all when stdin is a terminal), and a
 * function that stops reading (so that the process can exit once the run is over).
 */
export function stdinQueue(): { queue: ByteQueue; close: () => void } {
  const queue = new ByteQueue();
  if (process.stdin.isTTY) return { queue, close: () => {} };
  const onData = (d: Buffer): void => queue.push(d);
  const onEnd = (): void => void (queue.ended = true);
  process.stdin.on('data', onData);
  process.stdin.on('end', onEnd);
  process.stdin.on('error', onEnd);
  return {
    queue,
    close: () => {
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      process.stdin.off('error', onEnd);
      process.stdin.pause();
    },
  };
}
