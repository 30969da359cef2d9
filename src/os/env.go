// The environment, through package syscall (the real one on the host, an empty one on the boards), and gc's shell-
// style expansion of $var and ${var}.

package os

import "syscall"

// Getenv returns the value of the environment variable key, or "" when it is not set.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) { return syscall.Getenv(key) }

// Setenv sets the environment variable key to value. An error is a *SyscallError.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error { return syscall.Unsetenv(key) }

// Clearenv removes every environment variable.
func Clearenv() { syscall.Clearenv() }

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string { return syscall.Environ() }

// ExpandEnv replaces $var and ${var} in s with the variables' values (unset ones with "").
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s with mapping(var). "$$" is "$"; a "$" before anything that is not a name
// ("$/", a lone "$" at the end) stays as it is; a malformed "${" is dropped with what follows up to its end, as in gc.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// A malformed ${...}: eat it.
			} else if name == "" {
				buf = append(buf, s[j]) // a '$' not followed by a name: keep it
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// isShellSpecialVar reports whether c names one of the shell's special one-character variables ($*, $#, $1, ...).
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// isAlphaNum reports whether c may appear in a variable name.
func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name that begins s (after a '$') and how many bytes it takes.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}": bad syntax, eaten
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: bad syntax, the '{' is eaten
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
