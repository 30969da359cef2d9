// os.Args and the environment. The test runs it on the host with the arguments `one "two words" three` and an
// environment of its own (TSGO_A=alpha, TSGO_EMPTY=, TSGO_DUP=second, HOME=/home/gopher), and gc's
// run with the same gives the golden output; on the boards there are no arguments and no environment
// (args_env.board.golden).

package main

import (
	"os"
	"strings"
)

func say(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

func quoted(v string, ok bool) string {
	if !ok {
		return "<unset>"
	}
	return "\"" + v + "\""
}

func main() {
	say("args:", itoa(len(os.Args)-1))
	for _, a := range os.Args[1:] {
		say(" ", "["+a+"]")
	}
	say("program name set:", btoa(os.Args[0] != ""))
	for _, k := range []string{"TSGO_A", "TSGO_EMPTY", "TSGO_DUP", "TSGO_NONE"} {
		v, ok := os.LookupEnv(k)
		say(k, quoted(v, ok), "Getenv:", "\""+os.Getenv(k)+"\"")
	}
	say("setenv:", errs(os.Setenv("TSGO_NEW", "fresh")), errs(os.Setenv("TSGO_A", "changed")))
	say("bad setenv:", errs(os.Setenv("", "x")), errs(os.Setenv("A=B", "x")))
	say("after setenv:", os.Getenv("TSGO_NEW"), os.Getenv("TSGO_A"))
	say("unsetenv:", errs(os.Unsetenv("TSGO_EMPTY")), errs(os.Unsetenv("TSGO_NEVER")))
	v, ok := os.LookupEnv("TSGO_EMPTY")
	say("after unsetenv:", quoted(v, ok))
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "TSGO_") {
			say("environ:", kv)
		}
	}
	say("expand:", os.ExpandEnv("$TSGO_A-${TSGO_NEW}-$TSGO_NONE-$$-${}-$"), os.Expand("$x ${y}z", strings.ToUpper))
	home, err := os.UserHomeDir()
	say("home:", home, errs(err))
	os.Clearenv()
	say("after clearenv:", itoa(len(os.Environ())), quoted(os.LookupEnv("TSGO_A")))
	_, err = os.UserHomeDir()
	say("home after clearenv:", errs(err))
	say("tempdir:", os.TempDir())
}

func errs(err error) string {
	if err == nil {
		return "ok"
	}
	return err.Error()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
