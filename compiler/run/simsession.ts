// What the in-process simulators (avr8js, rp2040js) share around their instruction loops: the console's bytes (all
// kept for the result, streamed to stdout in chunks), the budgets (a cycle budget, -sim-time as a cycle count, a
// wall-clock deadline) and the results they end with.

import { TIMEOUT_EXIT_CODE, type RunOptions, type RunResult } from './result.ts';

/** SimSession is one simulated run's console and budgets. */
export class SimSession {
  private readonly out: number[] = [];
  private pending: number[] = [];
  /** simCycles is the cycle at which -sim-time ends the run (Infinity: none). */
  readonly simCycles: number;
  /** maxCycles is the cycle at which the run stops, whichever of the budget and simCycles comes first. */
  readonly maxCycles: number;
  private readonly deadline: number;

  constructor(
    private readonly opts: RunOptions,
    frequency: number,
    defaultMaxCycles: number,
    private readonly cycles: () => number,
  ) {
    this.simCycles = opts.simTimeNs !== undefined ? Math.round((opts.simTimeNs * frequency) / 1e9) : Infinity;
    this.maxCycles = Math.min(opts.maxCycles ?? defaultMaxCycles, this.simCycles);
    this.deadline = opts.timeoutMs !== undefined ? Date.now() + opts.timeoutMs : Infinity;
  }

  /** byte records one byte the program wrote to its console. */
  byte(b: number): void {
    this.out.push(b);
    if (this.opts.stdout) this.pending.push(b);
  }

  /** flush streams the bytes written since the last flush. */
  flush(): void {
    if (this.opts.stdout && this.pending.length > 0) {
      this.opts.stdout(Uint8Array.from(this.pending));
      this.pending = [];
    }
  }

  /** result ends the run: the exit code, the whole output and the cycles simulated. */
  result(exitCode: number, timedOut: boolean, message?: string): RunResult {
    this.flush();
    const r: RunResult = { exitCode, output: Buffer.from(this.out).toString('utf8'), timedOut, cycles: this.cycles() };
    if (message !== undefined) r.message = message;
    return r;
  }

  /**
   * afterChunk flushes the output after a chunk of instructions and returns the result when a budget has ended the
   * run: -sim-time as a normal end, the cycle budget or the deadline as a timeout.
   */
  afterChunk(): RunResult | undefined {
    this.flush();
    const cycles = this.cycles();
    if (cycles >= this.simCycles) return this.result(0, false);
    if (cycles >= this.maxCycles) return this.result(TIMEOUT_EXIT_CODE, true, `tsgo: program did not finish within ${this.maxCycles} cycles`);
    if (Date.now() > this.deadline) return this.result(TIMEOUT_EXIT_CODE, true, `tsgo: program did not finish within ${this.opts.timeoutMs} ms`);
    return undefined;
  }
}
