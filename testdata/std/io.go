// std: io — the Reader and Writer helpers: Copy, CopyN, CopyBuffer, ReadAll, ReadFull and ReadAtLeast with their
// errors, MultiReader, MultiWriter, TeeReader, LimitReader, SectionReader, WriteString, NopCloser, Discard, and a
// Pipe between two goroutines, printed with println.
package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
)

// upper is a Reader that upper-cases what it reads from r, a few bytes at a time.
type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if 'a' <= p[i] && p[i] <= 'z' {
			p[i] -= 'a' - 'A'
		}
	}
	return n, err
}

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("copied text"))
	println(n, err == nil, buf.String())

	var sb strings.Builder
	n, err = io.Copy(&sb, upper{strings.NewReader("shout this")})
	println(n, err == nil, sb.String())

	buf.Reset()
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	println(n, err == nil, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 4)
	println(n, err == io.EOF, buf.String())
	small := make([]byte, 2)
	n, err = io.CopyBuffer(&buf, upper{strings.NewReader("xyz")}, small)
	println(n, err == nil, buf.String())

	all, err := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	println(string(all), err == nil)

	full := make([]byte, 5)
	k, err := io.ReadFull(strings.NewReader("abcdefgh"), full)
	println(k, err == nil, string(full))
	k, err = io.ReadFull(strings.NewReader("abc"), full)
	println(k, err == io.ErrUnexpectedEOF, err.Error())
	k, err = io.ReadFull(strings.NewReader(""), full)
	println(k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	println(k, err == nil)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), full[:1], 2)
	println(k, err == io.ErrShortBuffer, err.Error())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two "), upper{strings.NewReader("three")})
	all, _ = io.ReadAll(mr)
	println(string(all))

	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2, io.Discard)
	io.WriteString(mw, "fan-out")
	println(w1.String(), w2.String())

	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	got, _ := io.ReadAll(tr)
	println(string(got), tee.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	println(string(sec), sr.Size())
	at := make([]byte, 3)
	k, err = sr.ReadAt(at, 3)
	println(k, err == io.EOF, string(at[:k]))
	pos, _ := sr.Seek(1, io.SeekStart)
	b1 := make([]byte, 2)
	sr.Read(b1)
	println(pos, string(b1))

	rc := io.NopCloser(strings.NewReader("x"))
	println(rc.Close() == nil)
	n, _ = io.Copy(io.Discard, strings.NewReader("discarded"))
	println(n)
	println(errors.Is(io.ErrUnexpectedEOF, io.EOF), io.EOF.Error(), io.ErrClosedPipe.Error(), io.ErrShortWrite.Error())

	// A pipe: the writer goroutine's writes are handed to the reader one by one.
	pr, pw := io.Pipe()
	go func() {
		for _, s := range []string{"alpha ", "beta ", "gamma"} {
			io.WriteString(pw, s)
		}
		pw.CloseWithError(errors.New("writer done"))
	}()
	piped, err := io.ReadAll(pr)
	println(string(piped), err.Error())
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	println(err == io.ErrClosedPipe)
}
