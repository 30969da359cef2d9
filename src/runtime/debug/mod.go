// Build information: gc embeds the main module, its dependencies and the build settings in every binary, and
// ReadBuildInfo returns them; tsgo embeds none (on a board it would be flash spent on text nobody reads), so
// ReadBuildInfo reports false. BuildInfo's text form (String) and its parser (ParseBuildInfo) are gc's, for code
// that reads the build information of other binaries.

package debug

import (
	"errors"
	"strconv"
	"strings"
)

// BuildInfo is the build information of a Go binary.
type BuildInfo struct {
	// GoVersion is the Go release that built the binary.
	GoVersion string
	// Path is the package path of the main package.
	Path string
	// Main is the module holding the main package.
	Main Module
	// Deps are the modules the binary's packages come from, direct and indirect.
	Deps []*Module
	// Settings are the build settings (flags, environment, version control).
	Settings []BuildSetting
}

// Module describes a module of a build.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// BuildSetting is a key-value pair of the settings of a build.
type BuildSetting struct {
	// Key and Value describe the setting (e.g. "-compiler" and "gc"); Key has no spaces, tabs, newlines or quotes.
	Key, Value string
}

// ReadBuildInfo returns the build information embedded in the running binary: tsgo embeds none, so nil and false
// (what gc reports for a binary built without module support).
func ReadBuildInfo() (info *BuildInfo, ok bool) { return nil, false }

// String returns the build information in gc's text form (what `go version -m` prints after the file name).
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		b.WriteString("go\t" + bi.GoVersion + "\n")
	}
	if bi.Path != "" {
		b.WriteString("path\t" + bi.Path + "\n")
	}
	if bi.Main != (Module{}) {
		formatModule(&b, "mod", bi.Main)
	}
	for _, dep := range bi.Deps {
		formatModule(&b, "dep", *dep)
	}
	for _, s := range bi.Settings {
		key, value := s.Key, s.Value
		if quoteKey(key) {
			key = strconv.Quote(key)
		}
		if quoteValue(value) {
			value = strconv.Quote(value)
		}
		b.WriteString("build\t" + key + "=" + value + "\n")
	}
	return b.String()
}

// formatModule writes a module's line (word is "mod", "dep" or "=>"), then its replacement's, each ended by a
// newline (gc 1.19 writes a replaced module's newline after its replacement's, so an empty line follows the pair).
func formatModule(b *strings.Builder, word string, m Module) {
	b.WriteString(word + "\t" + m.Path + "\t" + m.Version)
	if m.Replace == nil {
		b.WriteString("\t" + m.Sum)
	} else {
		b.WriteString("\n")
		formatModule(b, "=>", *m.Replace)
	}
	b.WriteString("\n")
}

// quoteKey reports whether a setting's key must be quoted in the text form.
func quoteKey(key string) bool { return len(key) == 0 || strings.ContainsAny(key, "= \t\r\n\"`") }

// quoteValue reports whether a setting's value must be quoted in the text form.
func quoteValue(value string) bool { return strings.ContainsAny(value, " \t\r\n\"`") }

// ParseBuildInfo parses the text form of build information (String's, except that the "go" line is not read).
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	bi = new(BuildInfo)
	var last *Module // the module a "=>" line replaces
	for lineNum := 1; len(data) > 0; lineNum++ {
		line, rest, ok := strings.Cut(data, "\n")
		if !ok {
			break
		}
		data = rest
		if err := parseLine(bi, line, &last); err != nil {
			return nil, errors.New("could not parse Go build info: line " + strconv.Itoa(lineNum) + ": " + err.Error())
		}
	}
	return bi, nil
}

// parseLine reads one line of build information into bi.
func parseLine(bi *BuildInfo, line string, last **Module) error {
	word, rest, _ := strings.Cut(line, "\t")
	switch word {
	case "path":
		bi.Path = rest
	case "mod", "dep":
		m, err := parseModule(strings.Split(rest, "\t"))
		if err != nil {
			return err
		}
		if word == "mod" {
			bi.Main = m
			*last = &bi.Main
		} else {
			bi.Deps = append(bi.Deps, &m)
			*last = &m
		}
	case "=>":
		elem := strings.Split(rest, "\t")
		if len(elem) != 3 {
			return errors.New("expected 3 columns for replacement; got " + strconv.Itoa(len(elem)))
		}
		if *last == nil {
			return errors.New("replacement with no module on previous line")
		}
		(*last).Replace = &Module{Path: elem[0], Version: elem[1], Sum: elem[2]}
		*last = nil
	case "build":
		s, err := parseSetting(rest)
		if err != nil {
			return err
		}
		bi.Settings = append(bi.Settings, s)
	}
	return nil
}

// parseModule reads the columns of a "mod" or "dep" line: path, version and an optional checksum.
func parseModule(elem []string) (Module, error) {
	if len(elem) != 2 && len(elem) != 3 {
		return Module{}, errors.New("expected 2 or 3 columns; got " + strconv.Itoa(len(elem)))
	}
	m := Module{Path: elem[0], Version: elem[1]}
	if len(elem) == 3 {
		m.Sum = elem[2]
	}
	return m, nil
}

// parseSetting reads a "build" line's key=value, either of them possibly quoted.
func parseSetting(kv string) (BuildSetting, error) {
	if len(kv) < 1 {
		return BuildSetting{}, errors.New("build line missing '='")
	}
	var key, rawValue string
	switch kv[0] {
	case '=':
		return BuildSetting{}, errors.New("build line with missing key")
	case '`', '"':
		rawKey, err := strconv.QuotedPrefix(kv)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted key in build line")
		}
		if len(kv) == len(rawKey) {
			return BuildSetting{}, errors.New("build line missing '=' after quoted key")
		}
		if c := kv[len(rawKey)]; c != '=' {
			return BuildSetting{}, errors.New("unexpected character after quoted key: " + strconv.QuoteRune(rune(c)))
		}
		key, _ = strconv.Unquote(rawKey)
		rawValue = kv[len(rawKey)+1:]
	default:
		var ok bool
		key, rawValue, ok = strings.Cut(kv, "=")
		if !ok {
			return BuildSetting{}, errors.New("build line missing '=' after key")
		}
		if quoteKey(key) {
			return BuildSetting{}, errors.New("unquoted key " + strconv.Quote(key) + " must be quoted")
		}
	}
	value := rawValue
	if len(rawValue) > 0 && (rawValue[0] == '`' || rawValue[0] == '"') {
		v, err := strconv.Unquote(rawValue)
		if err != nil {
			return BuildSetting{}, errors.New("invalid quoted value in build line")
		}
		value = v
	} else if quoteValue(rawValue) {
		return BuildSetting{}, errors.New("unquoted value " + strconv.Quote(rawValue) + " must be quoted")
	}
	return BuildSetting{Key: key, Value: value}, nil
}
