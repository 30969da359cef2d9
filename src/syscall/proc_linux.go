// Process calls: identity (pids, users, groups), signals, resource limits and usage, waiting for children, the
// system's names and clocks, and Exit, which is the runtime's exit hook (no deferred calls run, nothing is flushed).

package syscall

import "unsafe"

// runtimeExit ends the program with the exit code (the runtime's platform hook: exit_group on the host, the
// simulator's or the board's exit elsewhere).
//
//go:linkname runtimeExit runtime.exit
func runtimeExit(code int32)

// Exit ends the program at once with the exit status code.
func Exit(code int) { runtimeExit(int32(code)) }

// rawResult runs a system call that cannot fail on Linux and returns its result as an int: -1 on the boards, where
// every call fails.
func rawResult(trap uintptr) int {
	r, _, e := RawSyscall(trap, 0, 0, 0)
	if e != 0 {
		return -1
	}
	return int(r)
}

// Getpid returns the process's id.
func Getpid() (pid int) { return rawResult(SYS_GETPID) }

// Getppid returns the parent process's id.
func Getppid() (ppid int) { return rawResult(SYS_GETPPID) }

// Gettid returns the calling thread's id.
func Gettid() (tid int) { return rawResult(SYS_GETTID) }

// Getuid returns the real user id.
func Getuid() (uid int) { return rawResult(SYS_GETUID) }

// Geteuid returns the effective user id.
func Geteuid() (euid int) { return rawResult(SYS_GETEUID) }

// Getgid returns the real group id.
func Getgid() (gid int) { return rawResult(SYS_GETGID) }

// Getegid returns the effective group id.
func Getegid() (egid int) { return rawResult(SYS_GETEGID) }

// Getpgrp returns the process group id.
func Getpgrp() (pid int) { return rawResult(SYS_GETPGRP) }

// Getgroups returns the supplementary group ids.
func Getgroups() (gids []int, err error) {
	n, _, e := RawSyscall(SYS_GETGROUPS, 0, 0, 0)
	if e != 0 {
		return nil, e
	}
	if n == 0 {
		return nil, nil
	}
	if int(n) > 1<<20 {
		return nil, EINVAL
	}
	a := make([]uint32, n)
	n, _, e = RawSyscall(SYS_GETGROUPS, n, uintptr(unsafe.Pointer(&a[0])), 0)
	if e != 0 {
		return nil, e
	}
	gids = make([]int, n)
	for i, v := range a[0:n] {
		gids[i] = int(v)
	}
	return gids, nil
}

// Setgroups sets the supplementary group ids.
func Setgroups(gids []int) (err error) {
	if len(gids) == 0 {
		_, _, e := RawSyscall(SYS_SETGROUPS, 0, 0, 0)
		return errnoErr(e)
	}
	a := make([]uint32, len(gids))
	for i, v := range gids {
		a[i] = uint32(v)
	}
	_, _, e := RawSyscall(SYS_SETGROUPS, uintptr(len(a)), uintptr(unsafe.Pointer(&a[0])), 0)
	return errnoErr(e)
}

// call3 runs a system call of up to three integer arguments and returns its error.
func call3(trap uintptr, a1, a2, a3 int) error {
	_, _, e := RawSyscall(trap, uintptr(a1), uintptr(a2), uintptr(a3))
	return errnoErr(e)
}

// Setuid sets the user id (of the calling thread: the program's only one).
func Setuid(uid int) (err error) { return call3(SYS_SETUID, uid, 0, 0) }

// Setgid sets the group id.
func Setgid(gid int) (err error) { return call3(SYS_SETGID, gid, 0, 0) }

// Seteuid sets the effective user id.
func Seteuid(euid int) (err error) { return Setresuid(-1, euid, -1) }

// Setegid sets the effective group id.
func Setegid(egid int) (err error) { return Setresgid(-1, egid, -1) }

// Setreuid sets the real and effective user ids (-1 keeps one).
func Setreuid(ruid, euid int) (err error) { return call3(SYS_SETREUID, ruid, euid, 0) }

// Setregid sets the real and effective group ids (-1 keeps one).
func Setregid(rgid, egid int) (err error) { return call3(SYS_SETREGID, rgid, egid, 0) }

// Setresuid sets the real, effective and saved user ids (-1 keeps one).
func Setresuid(ruid, euid, suid int) (err error) { return call3(SYS_SETRESUID, ruid, euid, suid) }

// Setresgid sets the real, effective and saved group ids (-1 keeps one).
func Setresgid(rgid, egid, sgid int) (err error) { return call3(SYS_SETRESGID, rgid, egid, sgid) }

// Setfsuid sets the user id used for file system checks.
func Setfsuid(uid int) (err error) { return call3(SYS_SETFSUID, uid, 0, 0) }

// Setfsgid sets the group id used for file system checks.
func Setfsgid(gid int) (err error) { return call3(SYS_SETFSGID, gid, 0, 0) }

// Getpgid returns the process group id of the process pid.
func Getpgid(pid int) (pgid int, err error) {
	r, _, e := RawSyscall(SYS_GETPGID, uintptr(pid), 0, 0)
	return int(r), errnoErr(e)
}

// Setpgid moves the process pid into the process group pgid.
func Setpgid(pid int, pgid int) (err error) { return call3(SYS_SETPGID, pid, pgid, 0) }

// Setsid starts a new session and returns its id.
func Setsid() (pid int, err error) {
	r, _, e := RawSyscall(SYS_SETSID, 0, 0, 0)
	return int(r), errnoErr(e)
}

// Getpriority returns the scheduling priority of a process, group or user (which, who), as the kernel encodes it.
func Getpriority(which int, who int) (prio int, err error) {
	r, _, e := Syscall(SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	return int(r), errnoErr(e)
}

// Setpriority sets the scheduling priority of a process, group or user.
func Setpriority(which int, who int, prio int) (err error) {
	return call3(SYS_SETPRIORITY, which, who, prio)
}

// Kill sends the signal sig to the process pid (or group, for a negative pid).
func Kill(pid int, sig Signal) (err error) { return call3(SYS_KILL, pid, int(sig), 0) }

// Tgkill sends sig to the thread tid of the thread group tgid.
func Tgkill(tgid int, tid int, sig Signal) (err error) { return call3(SYS_TGKILL, tgid, tid, int(sig)) }

// Getrlimit fills rlim with the limit of the resource.
func Getrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_GETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

// Setrlimit sets the limit of the resource.
func Setrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_SETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

// Getrusage fills rusage with the resource usage of who (RUSAGE_SELF, RUSAGE_CHILDREN).
func Getrusage(who int, rusage *Rusage) (err error) {
	_, _, e := RawSyscall(SYS_GETRUSAGE, uintptr(who), uintptr(unsafe.Pointer(rusage)), 0)
	return errnoErr(e)
}

// WaitStatus is the status of a child process as wait4(2) reports it: how it ended or stopped.
type WaitStatus uint32

// The fields of a WaitStatus: the low 7 bits are the terminating signal (0 when the child exited, 0x7f when it
// stopped), bit 7 says whether it dumped core, the next byte is the exit status or the stop signal.
const (
	waitSignalMask = 0x7f
	waitCoreFlag   = 0x80
	waitStopped    = 0x7f
)

// Exited reports whether the child ended by exiting.
func (w WaitStatus) Exited() bool { return w&waitSignalMask == 0 }

// Signaled reports whether the child was ended by a signal.
func (w WaitStatus) Signaled() bool { return w&waitSignalMask != waitStopped && w&waitSignalMask != 0 }

// Stopped reports whether the child is stopped.
func (w WaitStatus) Stopped() bool { return w&0xff == waitStopped }

// Continued reports whether the child was continued by SIGCONT.
func (w WaitStatus) Continued() bool { return w == 0xffff }

// CoreDump reports whether a signal ended the child with a core dump.
func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&waitCoreFlag != 0 }

// ExitStatus returns the child's exit status, or -1 when it did not exit.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>8) & 0xff
}

// Signal returns the signal that ended the child, or -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & waitSignalMask)
}

// StopSignal returns the signal that stopped the child, or -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>8) & 0xff
}

// TrapCause returns the ptrace event of a child stopped by SIGTRAP, or -1.
func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>8) >> 8
}

// Wait4 waits for the child pid (or any, for -1) to change state as options say, and returns its id, its status
// and its resource usage.
func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	var status int32
	r, _, e := Syscall6(SYS_WAIT4, uintptr(pid), uintptr(unsafe.Pointer(&status)), uintptr(options), uintptr(unsafe.Pointer(rusage)), 0, 0)
	if wstatus != nil {
		*wstatus = WaitStatus(status)
	}
	return int(r), errnoErr(e)
}

// Uname fills buf with the system's names.
func Uname(buf *Utsname) (err error) {
	_, _, e := RawSyscall(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0)
	return errnoErr(e)
}

// Sysinfo fills info with the system's statistics.
func Sysinfo(info *Sysinfo_t) (err error) {
	_, _, e := RawSyscall(SYS_SYSINFO, uintptr(unsafe.Pointer(info)), 0, 0)
	return errnoErr(e)
}

// Nanosleep sleeps for *time; when a signal interrupts it, *leftover gets the time that was left.
func Nanosleep(time *Timespec, leftover *Timespec) (err error) {
	_, _, e := Syscall(SYS_NANOSLEEP, uintptr(unsafe.Pointer(time)), uintptr(unsafe.Pointer(leftover)), 0)
	return errnoErr(e)
}

// Gettimeofday fills tv with the wall clock's time.
func Gettimeofday(tv *Timeval) (err error) {
	_, _, e := RawSyscall(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0)
	return errnoErr(e)
}

// Settimeofday sets the wall clock.
func Settimeofday(tv *Timeval) (err error) {
	_, _, e := RawSyscall(SYS_SETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0)
	return errnoErr(e)
}

// Time returns the time in seconds since 1970, also stored in *t when t is not nil.
func Time(t *Time_t) (tt Time_t, err error) {
	var tv Timeval
	if err := Gettimeofday(&tv); err != nil {
		return 0, err
	}
	if t != nil {
		*t = Time_t(tv.Sec)
	}
	return Time_t(tv.Sec), nil
}

// Times fills tms with the process's times and returns the clock ticks since an arbitrary point.
func Times(tms *Tms) (ticks uintptr, err error) {
	r, _, e := RawSyscall(SYS_TIMES, uintptr(unsafe.Pointer(tms)), 0, 0)
	return r, errnoErr(e)
}

// Adjtimex reads or adjusts the kernel clock and returns its state.
func Adjtimex(buf *Timex) (state int, err error) {
	r, _, e := RawSyscall(SYS_ADJTIMEX, uintptr(unsafe.Pointer(buf)), 0, 0)
	return int(r), errnoErr(e)
}

// Pause waits for a signal.
func Pause() (err error) {
	_, _, e := Syscall(SYS_PAUSE, 0, 0, 0)
	return errnoErr(e)
}
