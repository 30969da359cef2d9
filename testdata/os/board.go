// Written by hand: what package os answers on the boards, where there is no kernel. Files and standard input fail
// with syscall.ENOSYS wrapped in a *PathError, the arguments are the program name alone, the environment is empty,
// the process ids are -1, and os.Exit ends the program with its code. (On the host this program's answers depend on
// the machine: it runs on the boards only. files.go shows the other file operations' errors on the boards.)

package main

import (
	"os"
	"syscall"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func main() {
	_, err := os.Open("config.txt")
	say(err.Error())
	pe, ok := err.(*os.PathError)
	say("ENOSYS: " + btoa(ok && pe.Err == syscall.ENOSYS) + ", not-exist: " + btoa(os.IsNotExist(err)))
	var b [4]byte
	_, err = os.Stdin.Read(b[:])
	say(err.Error())
	say(os.WriteFile("log.txt", b[:], 0644).Error())
	say("args: " + os.Args[0] + " " + btoa(len(os.Args) == 1))
	_, ok = os.LookupEnv("HOME")
	say("HOME set: " + btoa(ok) + ", environ empty: " + btoa(len(os.Environ()) == 0))
	say("setenv: " + btoa(os.Setenv("MODE", "fast") == nil) + ", getenv: " + os.Getenv("MODE"))
	say("pid -1: " + btoa(os.Getpid() == -1 && os.Getuid() == -1))
	os.Stderr.WriteString("exiting with 7\n")
	os.Exit(7)
}
