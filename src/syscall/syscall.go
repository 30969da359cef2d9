// Package syscall is tsgo's interface to the operating system, with the API of gc's package syscall for
// linux/amd64. On the host (a static Linux ELF without libc) every call is a real system call through one assembly
// hook, rawSyscall6 in targets/host.s (syscall_host.go); tsgo runs goroutines on one thread, so a call that blocks
// blocks the whole program. On the boards there is no kernel: the same API type-checks and every system call fails
// with ENOSYS (syscall_baremetal.go), and the environment is empty. The environment comes from the runtime, which
// reads the process's envp on the host (runtime/env.go); the constants are generated from GOROOT's API files
// (zconst_linux.go, scripts/gen-syscall-consts.ts).
//
// This file holds the error and signal types and the conversions between Go strings and C strings.
package syscall

import (
	"internal/itoa"
	"internal/oserror"
	"sync"
)

// Stdin, Stdout and Stderr are the file descriptors of the standard streams.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// ForkLock is gc's lock that keeps descriptors from being inherited by a process started while they are being
// created. tsgo starts no processes, so nothing takes it; it exists for the API.
var ForkLock sync.RWMutex

// SocketDisableIPv6 is gc's switch that makes the net package avoid IPv6; tsgo's syscall does not read it.
var SocketDisableIPv6 bool

// An Errno is a Linux error number, the result of a failed system call. It implements error; Error returns Linux's
// message for it (strerror's).
type Errno uintptr

// Error returns the error's message, as Linux's strerror writes it ("no such file or directory"), or "errno N" for
// a number without a message here.
func (e Errno) Error() string {
	if s := errstr(e); s != "" {
		return s
	}
	return "errno " + itoa.Uitoa(uint(e))
}

// Is reports whether e is one of the portable errors of package io/fs (and os): ErrPermission for EACCES and EPERM,
// ErrExist for EEXIST and ENOTEMPTY, ErrNotExist for ENOENT.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether trying again may succeed: an interrupted call, too many open files, or a timeout.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout (EAGAIN, EWOULDBLOCK, ETIMEDOUT).
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// A Signal is a Linux signal number. It implements os.Signal.
type Signal int

// Signal marks Signal as an os.Signal.
func (s Signal) Signal() {}

// String returns the signal's description, as Linux's strsignal writes it ("interrupt"), or "signal N".
func (s Signal) String() string {
	if str := sigstr(s); str != "" {
		return str
	}
	return "signal " + itoa.Itoa(int(s))
}

// Conn is implemented by the connections and files that can hand out their descriptor (net's, os.File).
type Conn interface {
	// SyscallConn returns a raw connection to the descriptor.
	SyscallConn() (RawConn, error)
}

// A RawConn is a raw network connection or file: it gives its descriptor to functions that call the system.
type RawConn interface {
	// Control calls f with the descriptor.
	Control(f func(fd uintptr)) error
	// Read calls f with the descriptor until f returns true (tsgo's descriptors are blocking: once).
	Read(f func(fd uintptr) (done bool)) error
	// Write calls f with the descriptor until f returns true (tsgo's descriptors are blocking: once).
	Write(f func(fd uintptr) (done bool)) error
}

// ByteSliceFromString returns s as a NUL-terminated byte slice, or EINVAL if s contains a NUL byte (it could not be
// passed to the kernel).
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to s as a NUL-terminated string, or EINVAL if s contains a NUL byte.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// StringByteSlice returns s as a NUL-terminated byte slice; it panics if s contains a NUL byte.
//
// Deprecated: as in gc, use ByteSliceFromString.
func StringByteSlice(s string) []byte {
	a, err := ByteSliceFromString(s)
	if err != nil {
		panic("syscall: string with NUL passed to StringByteSlice")
	}
	return a
}

// StringBytePtr returns a pointer to s as a NUL-terminated string; it panics if s contains a NUL byte.
//
// Deprecated: as in gc, use BytePtrFromString.
func StringBytePtr(s string) *byte { return &StringByteSlice(s)[0] }

// SlicePtrFromStrings returns the strings of ss as NUL-terminated strings, followed by a nil pointer (an argv or
// envp array), or EINVAL if one contains a NUL byte.
func SlicePtrFromStrings(ss []string) ([]*byte, error) {
	bb := make([]*byte, len(ss)+1)
	for i, s := range ss {
		p, err := BytePtrFromString(s)
		if err != nil {
			return nil, err
		}
		bb[i] = p
	}
	return bb, nil
}

// StringSlicePtr is SlicePtrFromStrings that panics on a string with a NUL byte.
//
// Deprecated: as in gc, use SlicePtrFromStrings.
func StringSlicePtr(ss []string) []*byte {
	bb, err := SlicePtrFromStrings(ss)
	if err != nil {
		panic("syscall: string with NUL passed to StringSlicePtr")
	}
	return bb
}

// clen returns the index of the first NUL byte of n, or len(n).
func clen(n []byte) int {
	for i := 0; i < len(n); i++ {
		if n[i] == 0 {
			return i
		}
	}
	return len(n)
}

// Getpagesize returns the size of a memory page: 4096 on Linux/x86-64 (and the unit the boards' code would use).
func Getpagesize() int { return 4096 }
