// Processes and signals: the types of gc's API (Signal, Process, ProcAttr, ProcessState). A Process can be found,
// signalled and waited for on the host; tsgo cannot start one (StartProcess fails with ENOSYS: fork and exec are
// not implemented), which also leaves package os/exec without a way to run commands.

package os

import (
	"syscall"
	"time"
)

// A Signal is an operating system signal (syscall.Signal on Linux).
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The signals every system has: Interrupt (SIGINT) and Kill (SIGKILL).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process is a process, found by FindProcess.
type Process struct {
	// Pid is the process id.
	Pid  int
	done bool
}

// ProcAttr holds the attributes of a process StartProcess would start.
type ProcAttr struct {
	// Dir is the new process's working directory ("": the caller's).
	Dir string
	// Env is the new process's environment (nil: the caller's).
	Env []string
	// Files are the new process's open files: 0 its standard input, 1 its output, 2 its error.
	Files []*File
	// Sys holds the operating system's own attributes.
	Sys *syscall.SysProcAttr
}

// FindProcess returns the process pid. On Linux it always succeeds, whether or not the process exists.
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }

// StartProcess would start the program name with the arguments argv; tsgo implements no fork and exec, so it fails
// with a *PathError whose Err is syscall.ENOSYS.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	return nil, &PathError{Op: "fork/exec", Path: name, Err: syscall.ENOSYS}
}

// Signal sends sig to the process (a syscall.Signal).
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return osError("os: process already released")
	}
	if p.Pid == 0 {
		return osError("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return osError("os: unsupported signal type")
	}
	if err := syscall.Kill(p.Pid, s); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", err)
	}
	return nil
}

// Kill makes the process exit at once (SIGKILL).
func (p *Process) Kill() error { return p.Signal(Kill) }

// Release releases the process's resources: afterwards p cannot be used.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// Wait waits for the process, a child of this one, to exit and returns its state.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var status syscall.WaitStatus
	var rusage syscall.Rusage
	pid, err := ignoringEINTR(func() (int, error) { return syscall.Wait4(p.Pid, &status, 0, &rusage) })
	if err != nil {
		return nil, NewSyscallError("wait", err)
	}
	if pid != 0 {
		p.done = true
	}
	return &ProcessState{pid: pid, status: status, rusage: &rusage}, nil
}

// ProcessState is what Wait reports about a process that exited.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid returns the process id.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the process exited (rather than being ended by a signal).
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the process exited with status 0.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// ExitCode returns the exit status, or -1 when a signal ended the process.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// Sys returns the system's exit information: a syscall.WaitStatus.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns the system's resource usage information: a *syscall.Rusage.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime returns the system CPU time of the process and its children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// String returns the state as gc writes it: "exit status 1", "signal: killed", ...
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	switch {
	case status.Exited():
		return "exit status " + itoa(status.ExitStatus())
	case status.Signaled():
		res := "signal: " + status.Signal().String()
		if status.CoreDump() {
			res += " (core dumped)"
		}
		return res
	case status.Stopped():
		res := "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + itoa(status.TrapCause()) + ")"
		}
		return res
	case status.Continued():
		return "continued"
	}
	return "<unknown>"
}

// itoa formats n in decimal.
func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	u := uint(n)
	if n < 0 {
		u = uint(-n)
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if n < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
