// std: bufio — Scanner over a strings.Reader with ScanLines, ScanWords, ScanRunes, ScanBytes and a split function of
// the program's own, a too-long token's error, Reader (ReadString, ReadLine, ReadRune/UnreadRune, Peek, Discard,
// ReadBytes) and Writer (buffering, Buffered/Available, Flush, WriteString/WriteByte/WriteRune, ReadFrom), with small
// buffers so that the program fits a small RAM, printed with println.
package main

import (
	"bufio"
	"bytes"
	"strings"
)

const text = "first line\nsecond  line with words\r\n\nlast, unterminated"

// scan runs a Scanner with a 64-byte buffer over text and prints every token.
func scan(name string, split bufio.SplitFunc) {
	s := bufio.NewScanner(strings.NewReader(text))
	s.Buffer(make([]byte, 64), 64)
	s.Split(split)
	n := 0
	print(name, ":")
	for s.Scan() {
		print(" [", s.Text(), "]")
		n++
	}
	println(" ->", n, s.Err() == nil)
}

// commaSplit splits at commas and trims the spaces after them.
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		if c == ',' {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	scan("lines", bufio.ScanLines)
	scan("words", bufio.ScanWords)
	s := bufio.NewScanner(strings.NewReader("héllo"))
	s.Buffer(make([]byte, 16), 16)
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		print(s.Text(), "|")
	}
	println()
	s = bufio.NewScanner(strings.NewReader("ab"))
	s.Buffer(make([]byte, 16), 16)
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		print(s.Bytes()[0], " ")
	}
	println()
	s = bufio.NewScanner(strings.NewReader("a, b ,c,, d"))
	s.Buffer(make([]byte, 16), 16)
	s.Split(commaSplit)
	for s.Scan() {
		print("<", s.Text(), ">")
	}
	println()
	s = bufio.NewScanner(strings.NewReader("this line is far too long for the buffer\nx"))
	s.Buffer(make([]byte, 8), 16)
	for s.Scan() {
		println(s.Text())
	}
	println("too long:", s.Err().Error(), s.Err() == bufio.ErrTooLong)

	r := bufio.NewReaderSize(strings.NewReader("alpha beta\ngamma\r\ndelta ε"), 16)
	line, err := r.ReadString(' ')
	println("["+line+"]", err == nil)
	peek, _ := r.Peek(4)
	println(string(peek), r.Buffered())
	l, prefix, err := r.ReadLine()
	println(string(l), prefix, err == nil)
	l, prefix, _ = r.ReadLine()
	println(string(l), prefix)
	d, _ := r.Discard(2)
	println(d)
	b, _ := r.ReadBytes(' ')
	println(string(b))
	ru, size, _ := r.ReadRune()
	println(ru, size)
	r.UnreadRune()
	ru, _, _ = r.ReadRune()
	_, _, err = r.ReadRune()
	println(ru, err.Error())

	var out strings.Builder
	w := bufio.NewWriterSize(&out, 16)
	println(w.Size(), w.Available())
	w.WriteString("hello")
	w.WriteByte(',')
	w.WriteRune('→')
	println(w.Buffered(), w.Available(), out.Len())
	w.WriteString(" a string longer than the buffer")
	println(w.Buffered(), out.Len())
	w.Flush()
	println(w.Buffered(), out.String())
	out.Reset()
	n, err := w.ReadFrom(strings.NewReader("read from a reader"))
	w.Flush()
	println(n, err == nil, out.String())

	rw := bufio.NewReadWriter(bufio.NewReaderSize(strings.NewReader("in"), 16), bufio.NewWriterSize(&out, 16))
	got, _ := rw.ReadString('\n')
	rw.WriteString("+" + got)
	rw.Flush()
	println(out.String())
}
