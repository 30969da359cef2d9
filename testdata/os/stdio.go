// The standard streams through package os: Write, WriteString, an empty write, Name and Fd, and a write to a nil
// *File. Standard error is written last, so that gc's output (standard output, then standard error) and a board's
// console (one stream) print the same text.

package main

import "os"

func main() {
	n, err := os.Stdout.WriteString("hello from os.Stdout\n")
	os.Stdout.Write([]byte("wrote "))
	os.Stdout.WriteString(itoa(n))
	os.Stdout.WriteString(" bytes, err == nil: ")
	os.Stdout.WriteString(btoa(err == nil))
	os.Stdout.WriteString("\n")
	n, err = os.Stdout.Write(nil)
	os.Stdout.WriteString("empty write: " + itoa(n) + " " + btoa(err == nil) + "\n")
	os.Stdout.WriteString(os.Stdout.Name() + " " + os.Stderr.Name() + " " + os.Stdin.Name() + "\n")
	os.Stdout.WriteString("fds: " + itoa(int(os.Stdin.Fd())) + itoa(int(os.Stdout.Fd())) + itoa(int(os.Stderr.Fd())) + "\n")
	var f *os.File
	_, err = f.Write([]byte("x"))
	os.Stdout.WriteString("nil file: " + err.Error() + " " + btoa(err == os.ErrInvalid) + "\n")
	long := make([]byte, 300)
	for i := range long {
		long[i] = 'a' + byte(i%26)
	}
	long[len(long)-1] = '\n'
	n, _ = os.Stdout.Write(long)
	os.Stdout.WriteString(itoa(n) + "\n")
	os.Stderr.WriteString("to os.Stderr\n")
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
