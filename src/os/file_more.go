// The rest of File's methods: syncing, truncating, permissions and owners through the descriptor, deadlines (which
// no tsgo file supports), the raw descriptor for package syscall's users, and Pipe.

package os

import (
	"syscall"
	"time"
)

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", ignoringEINTRErr(func() error { return syscall.Fsync(f.fd) }))
}

// Truncate sets the file's size (its offset does not move).
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", ignoringEINTRErr(func() error { return syscall.Ftruncate(f.fd, size) }))
}

// Chmod sets the file's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", ignoringEINTRErr(func() error { return syscall.Fchmod(f.fd, syscallMode(mode)) }))
}

// Chown sets the file's owner and group (-1 keeps one).
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", ignoringEINTRErr(func() error { return syscall.Fchown(f.fd, uid, gid) }))
}

// Chdir makes the file, a directory, the working directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", syscall.Fchdir(f.fd))
}

// SetDeadline would set the file's read and write deadlines; tsgo's files are blocking descriptors without
// deadlines, so it returns ErrNoDeadline (as gc does for a regular file).
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline() }

// SetReadDeadline would set the file's read deadline: ErrNoDeadline, as SetDeadline.
func (f *File) SetReadDeadline(t time.Time) error { return f.setDeadline() }

// SetWriteDeadline would set the file's write deadline: ErrNoDeadline, as SetDeadline.
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline() }

// setDeadline is the deadline setters' answer.
func (f *File) setDeadline() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return ErrClosed
	}
	return ErrNoDeadline
}

// SyscallConn returns a raw connection to the file's descriptor.
func (f *File) SyscallConn() (syscall.RawConn, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return rawConn{f}, nil
}

// rawConn is a File's syscall.RawConn.
type rawConn struct{ f *File }

// Control calls fn with the descriptor.
func (c rawConn) Control(fn func(fd uintptr)) error {
	if c.f.fd < 0 {
		return ErrClosed
	}
	fn(uintptr(c.f.fd))
	return nil
}

// Read calls fn with the descriptor until it returns true (once: the descriptor blocks until it is ready).
func (c rawConn) Read(fn func(fd uintptr) bool) error {
	if c.f.fd < 0 {
		return ErrClosed
	}
	for !fn(uintptr(c.f.fd)) {
	}
	return nil
}

// Write calls fn with the descriptor until it returns true.
func (c rawConn) Write(fn func(fd uintptr) bool) error { return c.Read(fn) }

// Pipe returns a connected pair of Files: reads from r return bytes written to w. An error is a *SyscallError.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return NewFile(uintptr(p[0]), "|0"), NewFile(uintptr(p[1]), "|1"), nil
}
