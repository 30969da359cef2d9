// VisibleFields: the fields of a struct type that a selector can reach, promoted fields included.

package reflect

// VisibleFields returns all the visible fields in the struct type t, in the order of the struct, each embedded
// field followed immediately by the fields it promotes. Fields hidden by a shallower field of the same name, or by
// another one at the same depth, are left out; unexported fields are included. The Index of each is its path from t.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type " + t.String())
	}
	w := &fieldWalker{byName: map[string]int{}, visiting: map[Type]bool{}}
	w.walk(t)
	out := w.fields[:0]
	for _, f := range w.fields {
		if f.Name != "" {
			out = append(out, f)
		}
	}
	return out
}

// fieldWalker collects the fields of a struct type depth first; a field found to be hidden gets the name "".
type fieldWalker struct {
	byName   map[string]int // the index in fields of the field each name selects so far
	visiting map[Type]bool  // the struct types on the current path (an embedded type cannot recur)
	fields   []StructField
	index    []int
}

func (w *fieldWalker) walk(t Type) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		w.index = append(w.index, i)
		add := true
		if old, ok := w.byName[f.Name]; ok {
			prev := &w.fields[old]
			switch depth := len(prev.Index); {
			case len(w.index) == depth: // two at the same depth hide each other
				prev.Name = ""
				add = false
			case len(w.index) < depth: // the shallower one wins
				prev.Name = ""
			default:
				add = false
			}
		}
		if add {
			f.Index = append([]int(nil), w.index...)
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				w.walk(ft)
			}
		}
		w.index = w.index[:len(w.index)-1]
	}
	delete(w.visiting, t)
}
