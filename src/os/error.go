// The errors of package os: the portable ones shared with io/fs (ErrNotExist, ...), the wrappers that say which
// operation on which path failed (PathError, LinkError, SyscallError), and the predicates that look through them to
// the system's errno (IsNotExist, ...).

package os

import (
	"io/fs"
	"syscall"
)

// The portable errors. Test for them with errors.Is: an operation wraps them (or an errno that matches them) in a
// *PathError.
var (
	// ErrInvalid is an invalid argument: a method called on a nil *File, for instance.
	ErrInvalid = fs.ErrInvalid // "invalid argument"
	// ErrPermission is a denied permission.
	ErrPermission = fs.ErrPermission // "permission denied"
	// ErrExist is a file that already exists.
	ErrExist = fs.ErrExist // "file already exists"
	// ErrNotExist is a file that does not exist.
	ErrNotExist = fs.ErrNotExist // "file does not exist"
	// ErrClosed is a file that is already closed.
	ErrClosed = fs.ErrClosed // "file already closed"
	// ErrNoDeadline is SetDeadline's error on a file that has no deadlines (every file, in tsgo).
	ErrNoDeadline error = osError("file type does not support deadline")
	// ErrDeadlineExceeded is the error of an operation past its deadline (which tsgo never sets).
	ErrDeadlineExceeded error = deadlineExceededError{}
	// ErrProcessDone is the error of an operation on a process that has already finished.
	ErrProcessDone error = osError("os: process already finished")
)

// osError is an error of package os with a fixed message (a constant: making one allocates nothing).
type osError string

// Error returns the message.
func (e osError) Error() string { return string(e) }

// deadlineExceededError is ErrDeadlineExceeded's type: a timeout, as net's errors are.
type deadlineExceededError struct{}

// Error returns "i/o timeout".
func (deadlineExceededError) Error() string { return "i/o timeout" }

// Timeout reports true: the error is a timeout.
func (deadlineExceededError) Timeout() bool { return true }

// Temporary reports true: trying again may succeed.
func (deadlineExceededError) Temporary() bool { return true }

// PathError records an error and the operation and path that caused it.
type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename, and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error returns "op old new: err".
func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a named system call.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error returns "syscall: err".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns err as a *SyscallError of the system call named syscall, or nil when err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// IsExist reports whether err says that a file or directory already exists (ErrExist, EEXIST, ENOTEMPTY). It
// looks only through PathError, LinkError and SyscallError; errors.Is(err, fs.ErrExist) looks through any wrapper.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file or directory does not exist (ErrNotExist, ENOENT).
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied (ErrPermission, EACCES, EPERM).
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err says that a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// underlyingErrorIs reports whether err, under one PathError, LinkError or SyscallError, is target or an errno that
// matches it.
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the error a PathError, LinkError or SyscallError wraps, or err itself.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}
