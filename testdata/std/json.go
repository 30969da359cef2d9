// std: encoding/json — Marshal of structs with tags (renaming, omitempty, "-", ",string"), embedded structs, maps
// (sorted keys), slices, pointers, nil values, special characters and MarshalIndent; Unmarshal into structs, maps,
// slices and interface values (float64 numbers), with unknown fields, case-insensitive names and its errors
// (SyntaxError, UnmarshalTypeError); Marshaler/Unmarshaler methods, RawMessage, Number, Valid, Compact, Indent and
// a Decoder over a stream. Printed with fmt. Meant for the host and Cortex-M; arduino's 32 KiB cannot hold it.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
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

// UnmarshalJSON reads a color's name.
func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("unknown color " + s)
	}
	return nil
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

	var q Person
	in := `{"id": 9, "NAME": "Grace", "age": 85, "email": null, "tags": ["navy", "cobol"], "meta": {"x": 1}, "address": {"street": "Arlington", "city": "VA"}, "count": "42", "ratio": 2.5e-1, "active": true, "extra": {"n": 1, "list": [1, "a", false]}, "unknown": 1, "-": "dash"}`
	err := json.Unmarshal([]byte(in), &q)
	fmt.Println(err)
	fmt.Printf("%+v %v %+v\n", q.Base, q.Email == nil, *q.Address)
	fmt.Println(q.Name, q.Age, q.Tags, q.Meta, q.Count, q.Ratio, q.Active, q.Dash)
	fmt.Printf("%v %T\n", q.Extra, q.Extra.(map[string]any)["n"])

	var anyv any
	json.Unmarshal([]byte(`[1, 2.5, "s", true, null, {"b": 2, "a": [1]}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a": 1, "b": 2}`), &m), m)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[5, 6, 7]`), &arr), arr)
	var sl []float64
	fmt.Println(json.Unmarshal([]byte(`[1e3, -0.5]`), &sl), sl)

	var s Shape
	fmt.Println(json.Unmarshal([]byte(`{"kind": "sq", "fill": "green", "stroke": "blue", "params": {"side": [1, 2]}}`), &s), s.Kind, s.Fill, *s.Stroke, string(s.Params))
	fmt.Println(json.Unmarshal([]byte(`{"fill": "pink"}`), &s))

	var n int
	err = json.Unmarshal([]byte(`"x"`), &n)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{"a": }`), &anyv)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	fmt.Println(json.Unmarshal([]byte(`300`), new(int8)))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &q))

	fmt.Println(json.Valid([]byte(`{"a": [1, 2, {"b": null}]}`)), json.Valid([]byte(`{a: 1}`)))
	var buf bytes.Buffer
	json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }"))
	fmt.Println(buf.String())
	buf.Reset()
	json.Indent(&buf, []byte(`{"a":[1,2],"b":{}}`), ">", "\t")
	fmt.Println(buf.String())

	dec := json.NewDecoder(strings.NewReader(`{"n": 1} {"n": 2.50} [3] {"n": 12345678901234567890}`))
	dec.UseNumber()
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%v %T\n", v, v)
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(map[string]string{"html": "<b>"})
	fmt.Print(sb.String())
	num := json.Number("3.25")
	f, _ := num.Float64()
	_, ierr := num.Int64()
	fmt.Println(num.String(), f, ierr)
}
