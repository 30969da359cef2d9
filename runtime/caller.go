// What package runtime can say about the call stack: Caller, Callers, FuncForPC and CallersFrames, with gc's API. tsgo
// emits no unwind tables and no symbol or line tables into a program (on a board they would cost more flash than
// most programs), so these give the honest answers of a runtime that cannot walk its stack: Caller reports
// ok=false, Callers fills in nothing, FuncForPC finds no function, and a Frames iterator over program counters
// names no function, file or line. Code written for gc handles those answers already (they are what gc returns for
// a skip past the outermost frame). Stack writes the goroutine header of gc's trace, without frames.

package runtime

import "unsafe"

// Caller would report the program counter, file and line of a call skip frames up the calling goroutine's stack
// (0 is Caller's caller). tsgo keeps no unwind or line tables, so it always returns ok=false with zero values.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// Callers would fill pc with the return program counters of the calling goroutine's stack, skipping skip frames,
// and return how many it wrote. tsgo cannot walk the stack: it writes none and returns 0.
func Callers(skip int, pc []uintptr) int {
	return 0
}

// Func describes a function of the program, as gc's *Func does. tsgo has no symbol table, so FuncForPC never
// returns one; its methods accept a nil *Func and return zero values, so that gc-style code can call them unchecked.
type Func struct {
	opaque struct{} // unexported, as gc's: a Func is only ever handed out by the runtime
}

// FuncForPC returns the function containing the program counter pc, or nil. tsgo has no symbol table: always nil.
func FuncForPC(pc uintptr) *Func {
	return nil
}

// Name returns the function's name ("" for a nil *Func, the only kind tsgo produces).
func (f *Func) Name() string {
	return ""
}

// Entry returns the function's entry address (0 for a nil *Func).
func (f *Func) Entry() uintptr {
	return 0
}

// FileLine returns the file and line of the source code of pc ("" and 0: tsgo has no line table).
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return "", 0
}

// Frame is what Frames.Next returns for one program counter: gc's fields. Without symbol and line tables, only PC is
// ever set (to the program counter the caller gave CallersFrames).
type Frame struct {
	// PC is the program counter of the location in this frame.
	PC uintptr
	// Func is the frame's function, or nil when unknown (always, in tsgo).
	Func *Func
	// Function is the package path-qualified name of the function, or "" when unknown.
	Function string
	// File and Line are the location in the source, or "" and 0 when unknown.
	File string
	// Line is the line number of the location in File.
	Line int
	// Entry is the entry address of the frame's function, or 0 when unknown.
	Entry uintptr
}

// Frames iterates over the frames of a slice of program counters returned by Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns an iterator over the frames of callers (program counters from Callers).
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more frames follow. Once the program counters are exhausted it returns a
// zero Frame and false. tsgo names no function, file or line for a program counter: the frame carries only its PC.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	frame.PC = ci.callers[0]
	ci.callers = ci.callers[1:]
	return frame, len(ci.callers) > 0
}

// Stack formats a trace of the calling goroutine into buf and returns the number of bytes written, as gc's Stack:
// the header "goroutine N [running]:" and a newline. tsgo cannot walk the stack, so no frames follow the header,
// and all=true does not add the other goroutines. The main goroutine is goroutine 1, as in gc; tsgo keeps no
// goroutine numbers, so another goroutine is numbered by the address of its task record, which is unique among the
// live goroutines and stays the same for its whole life.
func Stack(buf []byte, all bool) int {
	id := uintptr(1)
	if current != &mainTask {
		id = uintptr(unsafe.Pointer(current))
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(id%10) + '0'
		id /= 10
		if id == 0 {
			break
		}
	}
	n := copy(buf, "goroutine ")
	n += copy(buf[n:], digits[i:])
	n += copy(buf[n:], " [running]:\n")
	return n
}
