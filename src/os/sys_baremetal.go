//go:build baremetal

// Reading and writing descriptors on the boards: descriptors 1 and 2 (Stdout, Stderr) are the runtime's console,
// written a byte at a time through runtime.putchar (the UART, polled, as println writes it, so both mix); every
// other descriptor, Stdin included, goes to package syscall, which fails with ENOSYS.

package os

import (
	"syscall"
	_ "unsafe" // for the //go:linkname pull of runtime.putchar
)

// putchar writes one byte to the console (the runtime's platform hook).
//
//go:linkname putchar runtime.putchar
func putchar(c byte)

// read fails with ENOSYS: the runtime has no console input to read.
func (f *File) read(b []byte) (int, error) { return syscall.Read(f.fd, b) }

// write writes b to the console for Stdout and Stderr; any other descriptor fails with ENOSYS.
func (f *File) write(b []byte) (int, error) {
	if f.fd != 1 && f.fd != 2 {
		return syscall.Write(f.fd, b)
	}
	for _, c := range b {
		putchar(c)
	}
	return len(b), nil
}
