// The process: its ids, Exit, and what it can say about itself (Executable, Hostname, Getpagesize, Getgroups).

package os

import "syscall"

// Exit ends the program at once with the status code: deferred calls do not run, and nothing is flushed. Status 0
// means success; by convention a failure is 1 to 125.
func Exit(code int) { syscall.Exit(code) }

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the parent's process id.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the user id.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the effective user id.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the group id.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the effective group id.
func Getegid() int { return syscall.Getegid() }

// Getgroups returns the supplementary group ids. An error is a *SyscallError.
func Getgroups() ([]int, error) {
	gids, err := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", err)
}

// Getpagesize returns the size of a memory page.
func Getpagesize() int { return syscall.Getpagesize() }

// Executable returns the path of the running program's executable (the target of /proc/self/exe).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)" // the kernel's suffix for an executable removed since it started
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// Hostname returns the host name the kernel reports (uname's node name, or /proc/sys/kernel/hostname when that may
// be truncated).
func Hostname() (name string, err error) {
	var un syscall.Utsname
	err = syscall.Uname(&un)
	var buf [65]byte
	for i, b := range un.Nodename[:] {
		buf[i] = uint8(b)
		if b == 0 {
			name = string(buf[:i])
			break
		}
	}
	if err == nil && len(name) > 0 && len(name) < 64 {
		return name, nil
	}
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}
