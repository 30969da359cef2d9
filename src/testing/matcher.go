// A small regular-expression matcher for the parts of -test.run and -test.bench patterns that tsgo test cannot
// apply when it generates the main (subtest names, benchmark names): unanchored search with literals, `.`, classes
// (`[a-z]`, `[^0-9]`), the quantifiers `*`, `+`, `?`, the anchors `^` and `$`, `\` escapes, and `|` alternatives at
// the top level. Groups are not supported: `(` and `)` are matched literally. Backtracking, as patterns are short.
package testing

// matchPattern reports whether pattern matches somewhere in name; "" matches everything.
func matchPattern(pattern, name string) bool {
	for _, alt := range splitAlternatives(pattern) {
		if searchRE(parseRE(alt), name) {
			return true
		}
	}
	return false
}

// reAtom is one element of a pattern: what one character must be, and how many times it may repeat.
type reAtom struct {
	any     bool      // .
	negate  bool      // [^...]
	ranges  [][2]byte // the class's ranges, or one range for a literal
	min     int       // 0 for * and ?, 1 otherwise
	many    bool      // * or +
	anchorL bool      // ^ (no character)
	anchorR bool      // $ (no character)
}

func splitAlternatives(p string) []string {
	var alts []string
	start, inClass := 0, false
	for i := 0; i < len(p); i++ {
		switch {
		case p[i] == '\\':
			i++
		case p[i] == '[':
			inClass = true
		case p[i] == ']':
			inClass = false
		case p[i] == '|' && !inClass:
			alts = append(alts, p[start:i])
			start = i + 1
		}
	}
	return append(alts, p[start:])
}

func parseRE(p string) []reAtom {
	var atoms []reAtom
	for i := 0; i < len(p); i++ {
		var a reAtom
		switch c := p[i]; {
		case c == '^':
			atoms = append(atoms, reAtom{anchorL: true})
			continue
		case c == '$':
			atoms = append(atoms, reAtom{anchorR: true})
			continue
		case c == '.':
			a.any = true
		case c == '[':
			i++
			if i < len(p) && p[i] == '^' {
				a.negate = true
				i++
			}
			for ; i < len(p) && p[i] != ']'; i++ {
				lo := p[i]
				if lo == '\\' && i+1 < len(p) {
					i++
					lo = p[i]
				}
				hi := lo
				if i+2 < len(p) && p[i+1] == '-' && p[i+2] != ']' {
					hi = p[i+2]
					i += 2
				}
				a.ranges = append(a.ranges, [2]byte{lo, hi})
			}
		case c == '\\' && i+1 < len(p):
			i++
			a.ranges = [][2]byte{{p[i], p[i]}}
		default:
			a.ranges = [][2]byte{{c, c}}
		}
		a.min = 1
		if i+1 < len(p) {
			switch p[i+1] {
			case '*':
				a.min, a.many = 0, true
				i++
			case '+':
				a.many = true
				i++
			case '?':
				a.min = 0
				i++
			}
		}
		atoms = append(atoms, a)
	}
	return atoms
}

func searchRE(re []reAtom, s string) bool {
	for i := 0; i <= len(s); i++ {
		if matchHere(re, s, i) {
			return true
		}
	}
	return false
}

func matchHere(re []reAtom, s string, i int) bool {
	if len(re) == 0 {
		return true
	}
	a := re[0]
	switch {
	case a.anchorL:
		return i == 0 && matchHere(re[1:], s, i)
	case a.anchorR:
		return i == len(s) && matchHere(re[1:], s, i)
	}
	max := 1
	if a.many {
		max = len(s) - i
	}
	n := 0
	for n < max && i+n < len(s) && a.matches(s[i+n]) {
		n++
	}
	for ; n >= a.min; n-- {
		if matchHere(re[1:], s, i+n) {
			return true
		}
	}
	return false
}

func (a reAtom) matches(c byte) bool {
	if a.any {
		return true
	}
	in := false
	for _, r := range a.ranges {
		if r[0] <= c && c <= r[1] {
			in = true
			break
		}
	}
	return in != a.negate
}
