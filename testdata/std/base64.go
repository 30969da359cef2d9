// std: encoding/base64 — StdEncoding, URLEncoding, RawStdEncoding, RawURLEncoding, a custom alphabet and
// WithPadding/Strict, EncodeToString/DecodeString with CorruptInputError, EncodedLen/DecodedLen, and the streaming
// NewEncoder/NewDecoder, printed with println.
package main

import (
	"encoding/base64"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe?>"}
	for _, s := range inputs {
		println("["+base64.StdEncoding.EncodeToString([]byte(s))+"]", "["+base64.URLEncoding.EncodeToString([]byte(s))+"]",
			"["+base64.RawStdEncoding.EncodeToString([]byte(s))+"]", "["+base64.RawURLEncoding.EncodeToString([]byte(s))+"]")
	}
	println(base64.StdEncoding.EncodedLen(5), base64.RawStdEncoding.EncodedLen(5), base64.StdEncoding.DecodedLen(8), base64.RawStdEncoding.DecodedLen(7))

	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9vYg", "Zm9v\nYmFy", "Zm9vY!==", "Zm9vYg=", "====", "+/+/", "-_-_"} {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			println(s, "->", len(b), err.Error())
		} else {
			println(s, "->", len(b), base64.RawStdEncoding.EncodeToString(b))
		}
	}
	b, err := base64.RawURLEncoding.DecodeString("-_-_")
	println(len(b), b[0], err == nil)

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	enc := custom.EncodeToString([]byte("gopher"))
	dec, _ := custom.DecodeString(enc)
	println(enc, string(dec), custom.EncodeToString([]byte("x")))
	_, err = base64.StdEncoding.Strict().DecodeString("Zm9vYh==")
	println("strict:", err != nil)
	_, err = base64.StdEncoding.DecodeString("Zm9vYh==")
	println("lenient:", err == nil)

	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("stream"))
	w.Write([]byte("ing data!"))
	w.Close()
	println(sb.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(sb.String()))
	all, err := io.ReadAll(r)
	println(string(all), err == nil)
	dst := make([]byte, 4)
	n, err := base64.StdEncoding.Decode(dst, []byte("YWJj"))
	println(n, string(dst[:n]), err == nil)
}
