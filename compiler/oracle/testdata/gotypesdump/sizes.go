// The sizes the helper gives go/types. go/types 1.19's StdSizes ends a struct right after its last field, while
// every real layout (gc's, LLVM's and so tsgo's) pads a struct to a multiple of its alignment so that the elements of
// an array of it stay aligned; Go 1.21 made types.SizesFor("gc", ...) pad as well. paddedSizes is StdSizes with that
// padding, applied recursively (an array of structs uses the padded element size). It does not add gc's extra byte
// after a trailing zero-sized field: tsgo lays structs out as LLVM does, without it.
package main

import "go/types"

type paddedSizes struct {
	std *types.StdSizes
}

func (s paddedSizes) Alignof(t types.Type) int64 { return s.std.Alignof(t) }

func (s paddedSizes) Offsetsof(fields []*types.Var) []int64 {
	offsets := make([]int64, len(fields))
	var off int64
	for i, f := range fields {
		a := s.Alignof(f.Type())
		off = (off + a - 1) / a * a
		offsets[i] = off
		off += s.Sizeof(f.Type())
	}
	return offsets
}

func (s paddedSizes) Sizeof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		if u.Len() == 0 {
			return 0
		}
		return u.Len() * s.Sizeof(u.Elem())
	case *types.Struct:
		n := u.NumFields()
		if n == 0 {
			return 0
		}
		fields := make([]*types.Var, n)
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offsets := s.Offsetsof(fields)
		end := offsets[n-1] + s.Sizeof(fields[n-1].Type())
		a := s.Alignof(t)
		return (end + a - 1) / a * a
	}
	return s.std.Sizeof(t)
}
