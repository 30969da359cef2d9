//go:build !baremetal

// Reading and writing descriptors on the host: Linux's read and write system calls, retried when a signal interrupts
// them, and a write repeated until all of it is written (as gc's poll.FD does for a blocking descriptor).

package os

import (
	"io"
	"syscall"
)

// read reads into b with one read system call (retried on EINTR).
func (f *File) read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, b)
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// write writes all of b, in as many write system calls as the kernel needs.
func (f *File) write(b []byte) (int, error) {
	nn := 0
	for {
		max := len(b)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, err := syscall.Write(f.fd, b[nn:max])
		if err == syscall.EINTR {
			continue
		}
		if n > 0 {
			nn += n
		}
		if nn == len(b) || err != nil {
			return nn, err
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}
