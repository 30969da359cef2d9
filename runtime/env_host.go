//go:build !baremetal

// The arguments and environment on the host. The kernel starts a process with its stack holding argc, the argv
// pointers and a nil, then the envp pointers and a nil (the System V ABI's initial process stack); _start records
// where they are (targets/host.s) before it aligns the stack, and the first call here turns them into Go strings that
// share the C strings' bytes (the process never frees or changes them).

package runtime

import "unsafe"

// argsStart returns the address at which _start found argc: argv follows it, then envp (targets/host.s).
func argsStart() uintptr

// hostArgs and hostEnvs are the arguments and the environment as Go strings, made on first use.
var (
	hostArgs, hostEnvs []string
	argsRead           bool
)

// programArgs returns the program's arguments (the caller must not change the slice).
func programArgs() []string {
	readArgs()
	return hostArgs
}

// programEnvs returns the program's environment as "key=value" strings (the caller must not change the slice).
func programEnvs() []string {
	readArgs()
	return hostEnvs
}

// readArgs reads argv and envp from the initial process stack, once.
func readArgs() {
	if argsRead {
		return
	}
	argsRead = true
	sp := argsStart()
	argc := *(*uintptr)(unsafe.Pointer(sp))
	argv := sp + unsafe.Sizeof(uintptr(0))
	hostArgs = cStrings(argv, argc)
	envp := argv + (argc+1)*unsafe.Sizeof(uintptr(0))
	n := uintptr(0)
	for *(*uintptr)(unsafe.Pointer(envp + n*unsafe.Sizeof(uintptr(0)))) != 0 {
		n++
	}
	hostEnvs = cStrings(envp, n)
}

// cStrings returns the n NUL-terminated strings whose pointers are stored from p on.
func cStrings(p uintptr, n uintptr) []string {
	out := make([]string, n)
	for i := uintptr(0); i < n; i++ {
		s := *(*unsafe.Pointer)(unsafe.Pointer(p + i*unsafe.Sizeof(uintptr(0))))
		l := uintptr(0)
		for *(*byte)(unsafe.Add(s, l)) != 0 {
			l++
		}
		*(*stringHeader)(unsafe.Pointer(&out[i])) = stringHeader{data: s, len: l}
	}
	return out
}
