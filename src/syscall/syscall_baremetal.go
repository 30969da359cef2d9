//go:build baremetal

// System calls on the boards: there is no kernel, so every call fails with ENOSYS ("function not implemented") and
// the wrappers built on them (Open, Read, Stat, ...) return that error. Package os writes its standard output and
// error to the runtime's console itself.

package syscall

// RawSyscall6 fails with ENOSYS: the boards have no kernel.
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// RawSyscall fails with ENOSYS.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// Syscall fails with ENOSYS.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// Syscall6 fails with ENOSYS.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// The system call numbers of linux/arm (the boards' GOARCH) that GOROOT's 32-bit files name and linux/amd64 lacks.
const (
	SYS_FCNTL64   = 221
	SYS_FSTATAT64 = 327
)
