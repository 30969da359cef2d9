// std: encoding/hex — Encode/EncodeToString, Decode/DecodeString with their errors (InvalidByteError,
// ErrLength), streaming through NewEncoder/NewDecoder, and Dump/Dumper's hexdump -C format, printed
// with println.
package main

import (
	"bytes"
	"encoding/hex"
	"io"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff")
	println(hex.EncodeToString(src), hex.EncodedLen(len(src)), hex.DecodedLen(10))
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{1, 0xab, 0x7f})
	println(n, string(dst))

	for _, s := range []string{"48656c6c6f", "DEADbeef", "abc", "zz", "0g", ""} {
		b, err := hex.DecodeString(s)
		if err != nil {
			println(s, "->", len(b), err.Error())
		} else {
			println(s, "->", len(b), hex.EncodeToString(b))
		}
	}
	out := make([]byte, 2)
	n, err := hex.Decode(out, []byte("4142"))
	println(n, err == nil, string(out))

	var sb strings.Builder
	enc := hex.NewEncoder(&sb)
	enc.Write([]byte("ab"))
	enc.Write([]byte("c"))
	println(sb.String())
	dec := hex.NewDecoder(strings.NewReader("676f7068657273"))
	all, err := io.ReadAll(dec)
	println(string(all), err == nil)
	_, err = io.ReadAll(hex.NewDecoder(strings.NewReader("6x")))
	println(err.Error())

	print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\x01\x02")))
	var buf bytes.Buffer
	d := hex.Dumper(&buf)
	d.Write([]byte("0123456789"))
	d.Write([]byte("abcdefghij"))
	d.Close()
	print(buf.String())
}
