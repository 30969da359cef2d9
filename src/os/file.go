// Package os is tsgo's own package os, written the TinyGo way rather than over gc's internal/poll: a File is a
// descriptor and a name, and every operation is one call into package syscall, which on the host makes the Linux
// system call and on the boards fails with ENOSYS. The standard streams are the exception on the boards: Stdout and
// Stderr write to the runtime's console (the UART, through runtime.putchar), and Stdin, which the runtime offers no
// way to read, returns ENOSYS like every file operation there: `&PathError{Op: "read", Path: "/dev/stdin", Err:
// syscall.ENOSYS}`, printed "read /dev/stdin: function not implemented". Opening a file on a board reports
// `open NAME: function not implemented` the same way. The API is gc's (checked by src/overlay_api.test.ts); what
// is left out or only stubbed is listed in ARCHITECTURE.md.
//
// This file holds the File type, opening and closing, reading and writing.
package os

import (
	"errors"
	"io"
	"syscall"
	"unsafe"
)

// File is an open file descriptor.
type File struct {
	fd         int      // the descriptor, -1 once the file is closed
	name       string   // the name the file was opened with
	dirinfo    *dirInfo // the state of reading a directory's entries, nil until the first ReadDir
	appendMode bool     // opened with O_APPEND: WriteAt is not allowed
}

// Stdin, Stdout and Stderr are the standard input, output and error streams. On the boards Stdout and Stderr are
// the console, and Stdin cannot be read.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// The flags of OpenFile, one of O_RDONLY, O_WRONLY and O_RDWR, or-ed with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only
	O_WRONLY int = syscall.O_WRONLY // open the file write-only
	O_RDWR   int = syscall.O_RDWR   // open the file read-write
	O_APPEND int = syscall.O_APPEND // append data to the file when writing
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE, the file must not exist
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O
	O_TRUNC  int = syscall.O_TRUNC  // truncate a regular writable file when opened
)

// The whence values of Seek.
//
// Deprecated: as in gc, use io.SeekStart, io.SeekCurrent and io.SeekEnd.
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// PathSeparator is the separator of the elements of a path, and PathListSeparator the separator of the paths of a
// list such as $PATH.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

// errWriteAtInAppendMode is WriteAt's error on a file opened with O_APPEND.
var errWriteAtInAppendMode error = osError("os: invalid use of WriteAt on file opened with O_APPEND")

// maxRW is the most one read or write system call is asked to transfer (Linux transfers at most about 2 GiB).
const maxRW = 1 << 30

// NewFile returns a File for the descriptor fd with the name, or nil when fd is not a valid descriptor number.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Open opens the named file for reading. An error is a *PathError.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates the named file with mode 0666 (before the umask), or truncates it if it exists, and opens it for
// reading and writing. An error is a *PathError.
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// OpenFile opens the named file with the flags (O_RDONLY, ...) and, for a file it creates, the permissions perm
// (before the umask). The descriptor is closed if the program executes another one. An error is a *PathError.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: fd, name: name, appendMode: flag&O_APPEND != 0}, nil
}

// syscallMode returns the permission and special bits of m as the kernel encodes them.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) for a nil File). It stays valid until the file is closed.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns ErrInvalid for a nil File.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr returns err as a *PathError of the operation op on f; nil and io.EOF are returned as they are.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Close closes the file; reading or writing it afterwards fails with ErrClosed, and so does a second Close.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.dirinfo = nil
	err := syscall.Close(f.fd)
	f.fd = -1
	if err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// Read reads up to len(b) bytes from the file into b and returns how many it read. At the end of the file it
// returns 0 and io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.fd < 0 {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	n, err = f.read(b)
	if n < 0 {
		n = 0
	}
	if n == 0 && err == nil {
		return 0, io.EOF
	}
	return n, f.wrapErr("read", err)
}

// ReadAt reads len(b) bytes from the file at offset off, without moving the file's offset. It returns an error
// whenever it reads fewer than len(b) bytes: io.EOF at the end of the file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.fd < 0 {
			return n, f.wrapErr("read", ErrClosed)
		}
		m, e := ignoringEINTR(func() (int, error) { return syscall.Pread(f.fd, b, off) })
		if e == nil && m == 0 {
			e = io.EOF
		}
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// Write writes b to the file and returns how many bytes it wrote; fewer than len(b) come with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.fd < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if f.writeCaptured(b) { // package testing's capture of an example's output (capture.go)
		return len(b), nil
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = &PathError{Op: "write", Path: f.name, Err: e} // never io.EOF: no need for wrapErr's comparison
	}
	return n, err
}

// WriteString writes the bytes of s, as Write (without copying them).
func (f *File) WriteString(s string) (n int, err error) {
	h := (*struct {
		data unsafe.Pointer
		len  int
	})(unsafe.Pointer(&s))
	return f.Write(unsafe.Slice((*byte)(h.data), h.len))
}

// WriteAt writes b to the file at offset off, without moving the file's offset. A file opened with O_APPEND cannot
// be written at an offset.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		if f.fd < 0 {
			return n, f.wrapErr("write", ErrClosed)
		}
		m, e := ignoringEINTR(func() (int, error) { return syscall.Pwrite(f.fd, b, off) })
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// Seek sets the file's offset for the next Read or Write to offset, relative to whence (io.SeekStart: the origin,
// io.SeekCurrent: the current offset, io.SeekEnd: the end), and returns the new offset. Seeking a directory being
// read with ReadDir starts its entries over (only to offset 0).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.fd < 0 {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	dir := f.dirinfo != nil
	f.dirinfo = nil
	r, e := syscall.Seek(f.fd, offset, whence)
	if e == nil && dir && r != 0 {
		e = syscall.EISDIR
	}
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// ReadFrom copies r to the file until io.EOF or an error, and returns the bytes written (the io.ReaderFrom that
// io.Copy uses).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// fileWriter hides File's ReadFrom from io.Copy, which would otherwise call it again.
type fileWriter struct{ f *File }

// Write writes to the file.
func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

// ignoringEINTR calls fn until it fails with something other than EINTR (a signal that interrupted the call).
func ignoringEINTR(fn func() (int, error)) (int, error) {
	for {
		n, err := fn()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
