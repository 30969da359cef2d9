// Memory and system administration calls: mappings, locking, protection, and the privileged calls of gc's API
// (reboot, host names, namespaces, I/O ports, the kernel log, tracing).

package syscall

import "unsafe"

// Mmap maps length bytes of the file fd at offset (or anonymous memory) with the protection prot and flags.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	r, _, e := Syscall6(SYS_MMAP, 0, uintptr(length), uintptr(prot), uintptr(flags), uintptr(fd), uintptr(offset))
	if e != 0 {
		return nil, e
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(r)), length), nil
}

// Munmap removes a mapping Mmap made.
func Munmap(b []byte) (err error) {
	if len(b) == 0 || len(b) != cap(b) {
		return EINVAL
	}
	_, _, e := Syscall(SYS_MUNMAP, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0)
	return errnoErr(e)
}

// memCall runs a system call on the memory of b with one more argument.
func memCall(trap uintptr, b []byte, arg int) error {
	_, _, e := Syscall(trap, bufPtr(b), uintptr(len(b)), uintptr(arg))
	return errnoErr(e)
}

// Mprotect sets the protection of the memory of b.
func Mprotect(b []byte, prot int) (err error) { return memCall(SYS_MPROTECT, b, prot) }

// Madvise gives the kernel advice about the use of the memory of b.
func Madvise(b []byte, advice int) (err error) { return memCall(SYS_MADVISE, b, advice) }

// Mlock locks the memory of b in RAM.
func Mlock(b []byte) (err error) { return memCall(SYS_MLOCK, b, 0) }

// Munlock unlocks the memory of b.
func Munlock(b []byte) (err error) { return memCall(SYS_MUNLOCK, b, 0) }

// Mlockall locks all of the process's memory in RAM.
func Mlockall(flags int) (err error) { return call3(SYS_MLOCKALL, flags, 0, 0) }

// Munlockall unlocks all of the process's memory.
func Munlockall() (err error) { return call3(SYS_MUNLOCKALL, 0, 0, 0) }

// Reboot reboots the system (or enables and disables Ctrl-Alt-Del) as cmd says.
func Reboot(cmd int) (err error) {
	magic1, magic2 := uint32(LINUX_REBOOT_MAGIC1), uint32(LINUX_REBOOT_MAGIC2)
	_, _, e := Syscall6(SYS_REBOOT, uintptr(magic1), uintptr(magic2), uintptr(cmd), 0, 0, 0)
	return errnoErr(e)
}

// Sethostname sets the system's host name.
func Sethostname(p []byte) (err error) { return memCall(SYS_SETHOSTNAME, p, 0) }

// Setdomainname sets the system's NIS domain name.
func Setdomainname(p []byte) (err error) { return memCall(SYS_SETDOMAINNAME, p, 0) }

// Unshare moves the process into new namespaces as flags say.
func Unshare(flags int) (err error) { return call3(SYS_UNSHARE, flags, 0, 0) }

// PivotRoot makes newroot the root file system and moves the old one to putold.
func PivotRoot(newroot string, putold string) (err error) {
	return call2(SYS_PIVOT_ROOT, newroot, putold, 0)
}

// Acct switches process accounting on (to the file path) or off.
func Acct(path string) (err error) {
	_, err = call1(SYS_ACCT, path, 0, 0)
	return err
}

// Klogctl reads or controls the kernel's message buffer.
func Klogctl(typ int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_SYSLOG, uintptr(typ), bufPtr(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

// Ioperm sets the process's permission to use num I/O ports from from.
func Ioperm(from int, num int, on int) (err error) { return call3(SYS_IOPERM, from, num, on) }

// Iopl sets the process's I/O privilege level.
func Iopl(level int) (err error) { return call3(SYS_IOPL, level, 0, 0) }

// AllThreadsSyscall runs a system call on every thread of the process: tsgo's programs have one, so it is
// RawSyscall.
func AllThreadsSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall(trap, a1, a2, a3)
}

// AllThreadsSyscall6 runs a six-argument system call on every thread of the process (the only one).
func AllThreadsSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return RawSyscall6(trap, a1, a2, a3, a4, a5, a6)
}

// ptrace runs the ptrace request on the process pid.
func ptrace(request int, pid int, addr uintptr, data uintptr) error {
	_, _, e := Syscall6(SYS_PTRACE, uintptr(request), uintptr(pid), addr, data, 0, 0)
	return errnoErr(e)
}

// PtraceAttach attaches to the process pid as its tracer.
func PtraceAttach(pid int) (err error) { return ptrace(PTRACE_ATTACH, pid, 0, 0) }

// PtraceDetach detaches from the traced process pid.
func PtraceDetach(pid int) (err error) { return ptrace(PTRACE_DETACH, pid, 0, 0) }

// PtraceCont continues the traced process pid, delivering signal.
func PtraceCont(pid int, signal int) (err error) { return ptrace(PTRACE_CONT, pid, 0, uintptr(signal)) }

// PtraceSyscall continues the traced process pid until its next system call.
func PtraceSyscall(pid int, signal int) (err error) {
	return ptrace(PTRACE_SYSCALL, pid, 0, uintptr(signal))
}

// PtraceSingleStep continues the traced process pid for one instruction.
func PtraceSingleStep(pid int) (err error) { return ptrace(PTRACE_SINGLESTEP, pid, 0, 0) }

// PtraceSetOptions sets the tracing options of the process pid.
func PtraceSetOptions(pid int, options int) (err error) {
	return ptrace(PTRACE_SETOPTIONS, pid, 0, uintptr(options))
}

// PtraceGetEventMsg returns the message of the traced process's last event.
func PtraceGetEventMsg(pid int) (msg uint, err error) {
	var data uint64
	err = ptrace(PTRACE_GETEVENTMSG, pid, 0, uintptr(unsafe.Pointer(&data)))
	return uint(data), err
}

// PtraceGetRegs reads the traced process's registers.
func PtraceGetRegs(pid int, regsout *PtraceRegs) (err error) {
	return ptrace(PTRACE_GETREGS, pid, 0, uintptr(unsafe.Pointer(regsout)))
}

// PtraceSetRegs sets the traced process's registers.
func PtraceSetRegs(pid int, regs *PtraceRegs) (err error) {
	return ptrace(PTRACE_SETREGS, pid, 0, uintptr(unsafe.Pointer(regs)))
}

// ptracePeek reads the traced process's memory at addr into out, a word at a time.
func ptracePeek(req int, pid int, addr uintptr, out []byte) (count int, err error) {
	var buf [8]byte
	for count < len(out) {
		// PEEK requests return the word through data's pointer in the raw system call.
		if err = ptrace(req, pid, addr+uintptr(count), uintptr(unsafe.Pointer(&buf[0]))); err != nil {
			return count, err
		}
		count += copy(out[count:], buf[:])
	}
	return count, nil
}

// PtracePeekText reads the traced process's code at addr.
func PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error) {
	return ptracePeek(PTRACE_PEEKTEXT, pid, addr, out)
}

// PtracePeekData reads the traced process's data at addr.
func PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error) {
	return ptracePeek(PTRACE_PEEKDATA, pid, addr, out)
}

// ptracePoke writes data to the traced process's memory at addr, a word at a time.
func ptracePoke(pokeReq int, peekReq int, pid int, addr uintptr, data []byte) (count int, err error) {
	for count+8 <= len(data) {
		word := *(*uintptr)(unsafe.Pointer(&data[count]))
		if err = ptrace(pokeReq, pid, addr+uintptr(count), word); err != nil {
			return count, err
		}
		count += 8
	}
	if count < len(data) { // the last partial word: read it, change its first bytes, write it back
		var buf [8]byte
		if err = ptrace(peekReq, pid, addr+uintptr(count), uintptr(unsafe.Pointer(&buf[0]))); err != nil {
			return count, err
		}
		copy(buf[:], data[count:])
		if err = ptrace(pokeReq, pid, addr+uintptr(count), *(*uintptr)(unsafe.Pointer(&buf[0]))); err != nil {
			return count, err
		}
		count = len(data)
	}
	return count, nil
}

// PtracePokeText writes the traced process's code at addr.
func PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error) {
	return ptracePoke(PTRACE_POKETEXT, PTRACE_PEEKTEXT, pid, addr, data)
}

// PtracePokeData writes the traced process's data at addr.
func PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error) {
	return ptracePoke(PTRACE_POKEDATA, PTRACE_PEEKDATA, pid, addr, data)
}
