// The program's arguments and environment, as the runtime hands them to packages os and syscall (gc's
// os.runtime_args and syscall.runtime_envs, //go:linkname pushes). Where they come from is per target: on the host
// the kernel's argv and envp, which _start leaves on the stack (env_host.go); on the boards the program name alone
// and an empty environment (env_baremetal.go). GOROOT reads the environment too.

package runtime

import _ "unsafe" // for the //go:linkname pushes

// os_runtime_args returns a copy of the program's arguments, the program name first: os.Args.
//
//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	return append([]string(nil), programArgs()...)
}

// syscall_runtime_envs returns a copy of the environment as "key=value" strings, in the order the program received
// them: package syscall's initial environment.
//
//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	return append([]string(nil), programEnvs()...)
}

// gogetenv returns the value of the environment variable key as the program received it ("" when it is not set).
// Changes made through syscall.Setenv are not seen here, as in gc.
func gogetenv(key string) string {
	for _, kv := range programEnvs() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:]
		}
	}
	return ""
}

// GOROOT returns the root of the Go tree the program's environment names in $GOROOT, as gc does when the variable is
// set. gc falls back to the GOROOT the program was built with; tsgo does not record it in the program (it would be
// dead weight on a board), so without $GOROOT the answer is "" (always, on the boards, which have no environment).
func GOROOT() string {
	return gogetenv("GOROOT")
}
