// std: encoding/json — Marshal of structs with tags (renaming, omitempty, "-", ",string"), embedded structs, maps
// (sorted keys, integer keys), slices, arrays, pointers, nil values, byte slices, special characters and
// MarshalIndent; Marshaler methods, RawMessage, unsupported types, Valid, Compact, Indent and an Encoder. Printed
// with fmt. Meant for the host and Cortex-M; arduino's 32 KiB cannot hold it. Decoding is json_unmarshal.go's.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Address is nested in Person.
type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

// Base is embedded in Person: its fields are promoted.
type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

// Person exercises the tag options.
type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    *string           `json:"email"`
	Tags     []string          `json:"tags"`
	Meta     map[string]int    `json:"meta,omitempty"`
	Address  *Address          `json:"address,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int64             `json:"count,string"`
	Ratio    float64           `json:"ratio"`
	Active   bool              `json:"active"`
	Extra    any               `json:"extra"`
	Labels   map[string]string `json:"labels"`
	internal int
}

// Color marshals as its name.
type Color int

// MarshalJSON writes the color's name as a JSON string.
func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"red", "green", "blue"}[c])
}

// Shape holds colors and a raw message decoded later.
type Shape struct {
	Kind   string          `json:"kind"`
	Fill   Color           `json:"fill"`
	Stroke *Color          `json:"stroke,omitempty"`
	Params json.RawMessage `json:"params"`
}

func must(b []byte, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	email := "ada@example.com"
	p := Person{Base: Base{ID: 7}, Name: "Ada <Lovelace> & co", Email: &email, Tags: []string{"math", "engines"}, Meta: map[string]int{"z": 1, "a": 2}, Address: &Address{Street: "1 Main St"}, Secret: "s", Dash: "d", Count: 12345678901, Ratio: 0.5, Active: true, Extra: []any{1, "two", nil, 3.5, map[string]any{"k": true}}, internal: 3}
	fmt.Println(must(json.Marshal(p)))
	fmt.Println(must(json.Marshal(Person{})))
	fmt.Println(must(json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]float64{"y": 1e21, "x": 1.5}, "c": nil}, "", "  ")))
	fmt.Println(must(json.Marshal([]any{"\u2028<>&\"\\\n\t", 3.0, 1e-7, -0.0, int8(-5), uint64(18446744073709551615), []byte("bytes"), [2]bool{true, false}, struct{}{}})))
	fmt.Println(must(json.Marshal(map[int]string{10: "ten", 2: "two", -1: "neg"})))
	fmt.Println(must(json.Marshal(Shape{Kind: "circle", Fill: 2, Params: json.RawMessage(`{"r": 5}`)})))
	fmt.Println(must(json.Marshal(map[string]any{"ch": make(chan int)})))
	var nilSlice []int
	var nilMap map[string]int
	fmt.Println(must(json.Marshal(nilSlice)), must(json.Marshal(nilMap)), must(json.Marshal((*Person)(nil))))

	fmt.Println(json.Valid([]byte(`{"a": [1, 2, {"b": null}]}`)), json.Valid([]byte(`{a: 1}`)))
	var buf bytes.Buffer
	json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }"))
	fmt.Println(buf.String())
	buf.Reset()
	json.Indent(&buf, []byte(`{"a":[1,2],"b":{}}`), ">", "\t")
	fmt.Println(buf.String())

	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(map[string]string{"html": "<b>"})
	fmt.Print(sb.String())
}
