// Struct types: fields by index, by index path and by name (with Go's rules for promoted fields: the shallowest depth
// wins, and two at the same depth hide each other), and struct tags (`key:"value"` pairs) with their values unquoted
// as Go string literals.

package reflectlite

import (
	"unicode/utf8"
	"unsafe"
)

// A StructField describes a single field in a struct.
type StructField struct {
	// Name is the field name (the type's name for an embedded field).
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) field name. It is empty for upper case
	// (exported) field names.
	PkgPath string

	Type      Type      // field type
	Tag       StructTag // field tag string
	Offset    uintptr   // offset within struct, in bytes
	Index     []int     // index sequence for Type.FieldByIndex
	Anonymous bool      // is an embedded field
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// A StructTag is the tag string in a struct field: by convention, space-separated key:"value" pairs.
type StructTag string

// Get returns the value associated with key in the tag string, "" when there is none.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the key is there (its value may be
// empty). A tag not in the conventional format makes the keys after the error unreachable, as in gc.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return "", false
		}
		// A key is a run of non-control, non-space characters other than quote and colon, then `:"`.
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			return "", false
		}
		name := s[:n]
		s = s[n+1:]
		// The value is the quoted string that follows, escapes included.
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return "", false
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			return unquote(quoted)
		}
	}
}

// unquote interprets a double-quoted Go string literal, as strconv.Unquote does for that form.
func unquote(q string) (string, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", false
	}
	q = q[1 : len(q)-1]
	var buf []byte
	for i := 0; i < len(q); {
		c := q[i]
		if c == '"' || c == '\n' {
			return "", false
		}
		if c != '\\' {
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(q) {
			return "", false
		}
		e := q[i+1]
		i += 2
		switch e {
		case 'a':
			buf = append(buf, '\a')
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'v':
			buf = append(buf, '\v')
		case '\\', '"':
			buf = append(buf, e)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if i+2 > len(q) {
				return "", false
			}
			v := uint(e - '0')
			for _, d := range []byte(q[i : i+2]) {
				if d < '0' || d > '7' {
					return "", false
				}
				v = v*8 + uint(d-'0')
			}
			if v > 255 {
				return "", false
			}
			buf = append(buf, byte(v))
			i += 2
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if i+n > len(q) {
				return "", false
			}
			var v rune
			for _, d := range []byte(q[i : i+n]) {
				x, ok := unhex(d)
				if !ok {
					return "", false
				}
				v = v<<4 | rune(x)
			}
			i += n
			if e == 'x' {
				buf = append(buf, byte(v))
			} else {
				if !utf8.ValidRune(v) {
					return "", false
				}
				buf = utf8.AppendRune(buf, v)
			}
		default:
			return "", false
		}
	}
	return string(buf), true
}

// unhex returns the value of a hexadecimal digit.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// structType returns t as a struct type; it panics for other kinds.
func (t *rtype) structType(method string) *structType {
	if t.Kind() != Struct {
		t.panicKind(method, "struct")
	}
	return (*structType)(unsafe.Pointer(t))
}

// field returns the descriptor of the i'th field.
func (st *structType) field(i uintptr) *structField {
	return (*structField)(add(unsafe.Pointer(st.fields), i*unsafe.Sizeof(structField{})))
}

// NumField returns a struct type's number of fields.
func (t *rtype) NumField() int {
	return int(t.structType("NumField").numField)
}

// Field returns a struct type's i'th field.
func (t *rtype) Field(i int) StructField {
	st := t.structType("Field")
	if i < 0 || uintptr(i) >= st.numField {
		panic("reflect: Field index out of bounds")
	}
	p := st.field(uintptr(i))
	f := StructField{
		Name:      p.name,
		Type:      toType(p.typ),
		Offset:    p.offset,
		Index:     []int{i},
		Anonymous: p.flags&fieldEmbedded != 0,
	}
	if p.flags&fieldExported == 0 {
		f.PkgPath = (*structTypeExt)(typeExt(t)).pkgPath
	}
	f.Tag = t.tag(i)
	return f
}

// tag returns the tag of the struct type t's i'th field.
func (t *rtype) tag(i int) StructTag {
	x := (*structTypeExt)(typeExt(t))
	if x.tags == nil {
		return ""
	}
	return StructTag(*(*string)(add(unsafe.Pointer(x.tags), uintptr(i)*unsafe.Sizeof(""))))
}

// FieldByIndex returns the nested field that the index sequence selects, going through embedded pointers.
func (t *rtype) FieldByIndex(index []int) StructField {
	ft := t
	var f StructField
	for i, x := range index {
		if i > 0 {
			ft = f.Type.common()
			if ft.Kind() == Pointer && ft.elem().Kind() == Struct {
				ft = ft.elem()
			}
		}
		f = ft.Field(x)
	}
	return f
}

// FieldByName returns the struct field with the given name, promoted fields included, and whether it exists.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	st := t.structType("FieldByName")
	embeds := false
	for i := uintptr(0); i < st.numField; i++ {
		p := st.field(i)
		if p.name == name {
			return t.Field(int(i)), true
		}
		if p.flags&fieldEmbedded != 0 {
			embeds = true
		}
	}
	if !embeds {
		return StructField{}, false
	}
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// fieldScan is a struct type to search at the next depth and the index path that reaches it.
type fieldScan struct {
	typ   *rtype
	index []int
}

// FieldByNameFunc returns the struct field whose name satisfies match, breadth first through embedded structs:
// the shallowest depth with a match decides, and two matches at that depth (or one reached twice) mean none.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.structType("FieldByNameFunc")
	level := []fieldScan{{typ: t}}
	var count map[*rtype]int // how many times each struct type of this level is reached
	seen := map[*rtype]bool{}
	for len(level) > 0 {
		var next []fieldScan
		nextCount := map[*rtype]int{}
		var result StructField
		found := false
		for _, scan := range level {
			if seen[scan.typ] {
				continue // a deeper occurrence of a type already searched is hidden by the shallower one
			}
			seen[scan.typ] = true
			st := (*structType)(unsafe.Pointer(scan.typ))
			for i := uintptr(0); i < st.numField; i++ {
				p := st.field(i)
				if match(p.name) {
					if found || count[scan.typ] > 1 {
						return StructField{}, false // ambiguous at this depth
					}
					result = scan.typ.Field(int(i))
					result.Index = append(append([]int(nil), scan.index...), int(i))
					found = true
					continue
				}
				if found || p.flags&fieldEmbedded == 0 {
					continue
				}
				ft := p.typ
				if ft.Kind() == Pointer {
					ft = ft.elem()
				}
				if ft.Kind() != Struct {
					continue
				}
				if nextCount[ft] > 0 {
					nextCount[ft] = 2 // reached twice: any match inside is ambiguous
					continue
				}
				nextCount[ft] = 1
				if count[scan.typ] > 1 {
					nextCount[ft] = 2
				}
				next = append(next, fieldScan{ft, append(append([]int(nil), scan.index...), int(i))})
			}
		}
		if found {
			return result, true
		}
		level, count = next, nextCount
	}
	return StructField{}, false
}
