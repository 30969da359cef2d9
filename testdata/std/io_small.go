// std: io — sized for arduino: Copy, ReadFull, LimitReader, MultiWriter and WriteString between a strings.Reader
// and bytes.Buffers. io.go covers the other helpers, ReadAll (whose first buffer is 512 bytes) and Pipe.
package main

import (
	"bytes"
	"io"
	"strings"
)

func main() {
	var a, b bytes.Buffer
	n, err := io.Copy(io.MultiWriter(&a, &b), strings.NewReader("copy"))
	println(n, err == nil, a.String(), b.String())
	buf := make([]byte, 4)
	k, _ := io.LimitReader(strings.NewReader("limited"), 3).Read(buf)
	println(k, string(buf[:k]))
	k, err = io.ReadFull(strings.NewReader("ab"), buf)
	println(k, err == io.ErrUnexpectedEOF)
	io.WriteString(&a, "!")
	println(a.String())
}
