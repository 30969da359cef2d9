//go:build !baremetal

// System calls on the host: rawSyscall6 is the assembly hook in targets/host.s, which moves its arguments into the
// kernel's registers and executes `syscall`; a result in [-4095, -1] is a negated errno. tsgo runs every goroutine on
// one thread, so Syscall and RawSyscall are the same: a call that blocks stops the whole program until it returns.

package syscall

// rawSyscall6 executes the Linux system call trap with six arguments and returns the kernel's result (targets/host.s).
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) uintptr

// RawSyscall6 executes the system call trap with six arguments. r1 is the result, r2 is 0 (x86-64 returns one
// register), and err is the errno when the call fails (r1 is then -1 as an unsigned number).
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r := rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	if r >= ^uintptr(4095-1) {
		return ^uintptr(0), 0, Errno(-r)
	}
	return r, 0, 0
}

// RawSyscall executes the system call trap with three arguments, as RawSyscall6.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, 0, 0, 0)
}

// Syscall executes the system call trap with three arguments. gc tells its scheduler that the goroutine may block;
// tsgo's scheduler has no other thread to run goroutines on meanwhile, so this is RawSyscall.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, 0, 0, 0)
}

// Syscall6 executes the system call trap with six arguments, as Syscall.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, a4, a5, a6)
}
