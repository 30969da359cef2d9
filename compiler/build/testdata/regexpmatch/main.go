// Command regexpmatch is the oracle for regexp.test.ts: it answers with Go's own regexp and unicode packages.
//
//	regexpmatch match   < cases.json   input {"subjects": [...], "patterns": [...]}; output one JSON line per
//	                                   pattern: {"re", "err"} with regexp.Compile's error, or {"re", "match"}
//	                                   with a 1 or 0 per subject for what regexp.MatchString says
//	regexpmatch orbits                 every unicode.SimpleFold orbit of two or more runes, hex, one per line
//	regexpmatch tables                 unicode.Categories and unicode.Scripts names; then, per FoldCategory and
//	                                   FoldScript table, "fold NAME lo-hi ..." in hex
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

type input struct {
	Subjects []string `json:"subjects"`
	Patterns []string `json:"patterns"`
}

type output struct {
	Re    string `json:"re"`
	Err   string `json:"err,omitempty"`
	Match string `json:"match,omitempty"`
}

func main() {
	switch os.Args[1] {
	case "match":
		var in input
		if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
			panic(err)
		}
		for _, p := range in.Patterns {
			out := output{Re: p}
			re, err := regexp.Compile(p)
			if err != nil {
				out.Err = err.Error()
			} else {
				for _, s := range in.Subjects {
					if re.MatchString(s) {
						out.Match += "1"
					} else {
						out.Match += "0"
					}
				}
			}
			line, _ := json.Marshal(out)
			fmt.Println(string(line))
		}
	case "orbits":
		seen := map[rune]bool{}
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if seen[r] || unicode.SimpleFold(r) == r {
				continue
			}
			orbit := []string{}
			for f := r; !seen[f]; f = unicode.SimpleFold(f) {
				seen[f] = true
				orbit = append(orbit, fmt.Sprintf("%x", f))
			}
			fmt.Println(strings.Join(orbit, " "))
		}
	case "tables":
		fmt.Println("categories " + strings.Join(names(unicode.Categories), " "))
		fmt.Println("scripts " + strings.Join(names(unicode.Scripts), " "))
		for _, folds := range []map[string]*unicode.RangeTable{unicode.FoldCategory, unicode.FoldScript} {
			for _, name := range names(folds) {
				fmt.Println("fold " + name + ranges(folds[name]))
			}
		}
	}
}

func names(m map[string]*unicode.RangeTable) []string {
	out := []string{}
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func ranges(t *unicode.RangeTable) string {
	s := ""
	lo := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && unicode.Is(t, r)
		if in && lo < 0 {
			lo = r
		} else if !in && lo >= 0 {
			s += fmt.Sprintf(" %x-%x", lo, r-1)
			lo = -1
		}
	}
	return s
}
