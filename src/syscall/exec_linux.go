// Starting programs: the attributes gc's ForkExec takes, and Exec. tsgo implements no fork: ForkExec and
// StartProcess fail with ENOSYS (so os.StartProcess and os/exec cannot run commands); Exec replaces the program with
// another through execve on the host.

package syscall

import "unsafe"

// Credential holds the user and group ids a started process would run as.
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// SysProcIDMap holds a range of ids mapped into a user namespace.
type SysProcIDMap struct {
	ContainerID int
	HostID      int
	Size        int
}

// SysProcAttr holds Linux's attributes of a started process (gc's fields; tsgo starts no processes).
type SysProcAttr struct {
	Chroot                     string
	Credential                 *Credential
	Ptrace                     bool
	Setsid                     bool
	Setpgid                    bool
	Setctty                    bool
	Noctty                     bool
	Ctty                       int
	Foreground                 bool
	Pgid                       int
	Pdeathsig                  Signal
	Cloneflags                 uintptr
	Unshareflags               uintptr
	UidMappings                []SysProcIDMap
	GidMappings                []SysProcIDMap
	GidMappingsEnableSetgroups bool
	AmbientCaps                []uintptr
}

// ProcAttr holds the attributes of a process ForkExec would start.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []uintptr
	Sys   *SysProcAttr
}

// ForkExec would start the program argv0 with the arguments argv in a new process; tsgo has no fork: ENOSYS.
func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	return 0, ENOSYS
}

// StartProcess would start a program as ForkExec: ENOSYS.
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error) {
	return 0, 0, ENOSYS
}

// Exec replaces the running program with argv0, run with the arguments argv and the environment envv. It returns
// only on failure.
func Exec(argv0 string, argv []string, envv []string) (err error) {
	argv0p, err := BytePtrFromString(argv0)
	if err != nil {
		return err
	}
	argvp, err := SlicePtrFromStrings(argv)
	if err != nil {
		return err
	}
	envvp, err := SlicePtrFromStrings(envv)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_EXECVE, uintptr(unsafe.Pointer(argv0p)), uintptr(unsafe.Pointer(&argvp[0])), uintptr(unsafe.Pointer(&envvp[0])))
	return e
}
