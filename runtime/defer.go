// Deferred calls, panics and recover. A function with defer statements keeps a deferFrame in its own stack frame,
// linked into a chain (deferFrames, innermost first), holding its pending deferred calls (most recent first) and a
// jmpbuf saved at entry by tsgo_setjmp (targets/*.s). A normal return runs the frame's calls (rundefers). A panic
// (gopanic) runs the pending calls of each frame in turn, innermost first, on top of the panicking stack; when one of
// them recovers, tsgo_longjmp resumes the function that owns that frame at its recovery point, from where it runs its
// remaining deferred calls and returns its results as they stand. Without a recovery the panics are printed, gc's way,
// after every deferred call has run, and the program exits with status 2. A function without defer statements pays
// nothing on its normal path.
//
// recover returns the panic value when called during a deferred call that the panic is running, from a function that
// has no defer frame of its own above that call's frame (or, for a function with defers, directly above it). gc
// additionally requires the caller of recover to be the deferred function itself; here a function it calls can
// recover too (as in TinyGo).

package runtime

import "unsafe"

// jmpbuf holds what tsgo_setjmp saves: the callee-saved registers, the stack pointer and the return address (AVR 22
// bytes, Cortex-M 40, x86-64 64).
type jmpbuf [12]uintptr

// _defer is one pending deferred call: a function value taking no arguments (the compiler binds the call's
// already-evaluated operands in it).
type _defer struct {
	fn   func()
	link *_defer
}

// deferFrame is the per-call state of a function with defer statements, in its stack frame. In a program without
// recover nothing can resume a function, so the compiler allocates only the fields before jb and never sets jb or
// results: a deferring function then costs a frame link and its records, no saved registers.
type deferFrame struct {
	link    *deferFrame    // the caller's frame (next to unwind)
	defers  *_defer        // pending deferred calls, most recent first
	results unsafe.Pointer // the addresses of the function's result variables (kept in memory for a recovery)
	jb      jmpbuf         // the recovery point (programs with recover only)
}

// _panic is a panic in progress, on the stack of gopanic.
type _panic struct {
	arg       any
	link      *_panic     // an earlier panic still in progress
	frame     *deferFrame // the frame whose deferred calls the panic is running
	recovered bool
}

// deferFrames is the innermost frame with pending deferred calls.
var deferFrames *deferFrame

// panics is the innermost panic in progress.
var panics *_panic

// tsgo_longjmp resumes execution at the tsgo_setjmp that filled jb: that call returns again, with 1. Both are
// implemented per target in assembly; the compiler calls tsgo_setjmp (declared returns_twice in its glue IR) in the
// entry of every function with defer statements.
//
//go:noescape
//export tsgo_longjmp
func tsgo_longjmp(jb *jmpbuf)

// noescape returns p, hidden from escape analysis (the compiler makes it the identity): for the runtime's records
// that are linked into a global chain only while the function whose frame holds them is running.
//
//go:noescape
func noescape(p unsafe.Pointer) unsafe.Pointer

// recoverEnabled reports whether the program calls recover anywhere; the compiler replaces calls to it with that
// constant, so that a program without recover carries no run-time error values.
func recoverEnabled() bool

// pushDeferFrame links a function's frame into the chain when the function starts.
func pushDeferFrame(f *deferFrame) {
	f.link = deferFrames
	deferFrames = f
}

// rundefers runs a frame's pending deferred calls, most recent first, and unlinks the frame (a return).
func rundefers(f *deferFrame) {
	for d := f.defers; d != nil; d = f.defers {
		f.defers = d.link
		d.fn()
	}
	deferFrames = f.link
}

// gorecover is recover(); useParentFrame is set when the function calling it has a defer frame of its own.
func gorecover(useParentFrame bool) any {
	p := panics
	if p == nil || p.recovered {
		return nil
	}
	f := deferFrames
	if useParentFrame && f != nil {
		f = f.link
	}
	if f != p.frame {
		return nil
	}
	p.recovered = true
	return p.arg
}

// gopanic is panic(v): it runs the pending deferred calls, innermost frame first, until one recovers.
func gopanic(v any) {
	var p _panic
	p.arg = v
	p.link = panics
	// p is unlinked before gopanic returns or jumps away: it stays in gopanic's frame.
	panics = (*_panic)(noescape(unsafe.Pointer(&p)))
	for f := deferFrames; f != nil; f = deferFrames {
		p.frame = f
		for d := f.defers; d != nil; d = f.defers {
			f.defers = d.link
			d.fn()
			if p.recovered {
				// Panics this one aborted (they were running the same frame's calls) end with it.
				q := p.link
				for q != nil && q.frame == f {
					q = q.link
				}
				panics = q
				deferFrames = f
				tsgo_longjmp(&f.jb)
			}
		}
		deferFrames = f.link
	}
	printpanics(&p)
	exit(2)
}

// printpanics prints a panic and the earlier ones it aborted, oldest first, as gc does. The chain is reversed in
// place rather than walked by recursion (the program exits after this, and recursion would need a stack check).
func printpanics(p *_panic) {
	var oldest *_panic
	for p != nil {
		next := p.link
		p.link = oldest
		oldest = p
		p = next
	}
	for p = oldest; p != nil; p = p.link {
		printstring("panic: ")
		printpanicval(p.arg)
		if p.recovered {
			printstring(" [recovered]")
		}
		printnl()
		if p.link != nil {
			printstring("\t")
		}
	}
}

// rundefersAll runs every pending deferred call (a panic that cannot be recovered: the program has no recover).
func rundefersAll() {
	for f := deferFrames; f != nil; f = deferFrames {
		for d := f.defers; d != nil; d = f.defers {
			f.defers = d.link
			d.fn()
		}
		deferFrames = f.link
	}
}
