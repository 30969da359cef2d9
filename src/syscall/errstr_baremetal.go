//go:build baremetal

// The messages of errnos and signals on the boards, where constant strings take RAM on AVR: only the errors the
// boards' syscall and os produce have Linux's message (ENOSYS above all); any other number prints as "errno N" or
// "signal N".

package syscall

// errstr returns Linux's message for the few errnos the boards produce, or "".
func errstr(e Errno) string {
	switch e {
	case ENOSYS:
		return "function not implemented"
	case EINVAL:
		return "invalid argument"
	case EBADF:
		return "bad file descriptor"
	case ENOENT:
		return "no such file or directory"
	}
	return ""
}

// sigstr returns "": the boards have no signals to describe.
func sigstr(s Signal) string { return "" }
