// The process environment, as gc's syscall keeps it: a copy of what the program started with (from the runtime:
// the host's envp, nothing on the boards), read on first use and changed by Setenv, Unsetenv and Clearenv. Changes
// stay in the program (a program without libc has no C environment to update). tsgo's goroutines switch only where
// they block, and nothing here blocks, so no lock is needed.

package syscall

// runtime_envs returns a copy of the environment the program started with (runtime/env.go).
func runtime_envs() []string

// envs holds the environment as "key=value" strings; a removed variable leaves "" in its place, so that the order
// of the others stays the order in which they were set.
var (
	envs    []string
	envRead bool
)

// copyenv reads the initial environment once; of a variable given twice, the first value counts, as in gc.
func copyenv() {
	if envRead {
		return
	}
	envRead = true
	envs = runtime_envs()
	for i, s := range envs {
		k := envKey(s)
		for j := 0; j < i; j++ {
			if envs[j] != "" && envKey(envs[j]) == k {
				envs[i] = ""
				break
			}
		}
	}
}

// envKey returns the key of a "key=value" string (all of it when there is no '=').
func envKey(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[:i]
		}
	}
	return s
}

// envIndex returns the index in envs of the variable key, or -1.
func envIndex(key string) int {
	for i, s := range envs {
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv returns the value of the environment variable key and whether it is set.
func Getenv(key string) (value string, found bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i := envIndex(key)
	if i < 0 {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// Setenv sets the environment variable key to value. A key that is empty or holds '=' or NUL, or a value with a NUL,
// is EINVAL.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	copyenv()
	kv := key + "=" + value
	if i := envIndex(key); i >= 0 {
		envs[i] = kv
	} else {
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	copyenv()
	if i := envIndex(key); i >= 0 {
		envs[i] = ""
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	copyenv()
	envs = nil
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, s := range envs {
		if s != "" {
			a = append(a, s)
		}
	}
	return a
}
