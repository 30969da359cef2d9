//go:build !baremetal

// runtime.Breakpoint on the host: an int3 instruction in targets/host.s.

package runtime

// Breakpoint executes a breakpoint trap: a debugger stops the program there; without one, Linux ends the process
// with SIGTRAP (gc's runtime prints the signal and a trace first; tsgo's does not handle signals).
func Breakpoint()
