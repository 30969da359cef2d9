// Whole files at once: ReadFile and WriteFile, and the temporary files and directories of CreateTemp and MkdirTemp.

package os

import (
	"io"
	"syscall"
)

// ReadFile reads the named file and returns its contents. Reaching the end is not an error: err is nil on success.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil {
		if s := info.Size(); s > 0 && int64(int(s)) == s && int(s) < maxRW {
			size = int(s) + 1 // one more, for the read that sees the end
		}
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // grow
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with the permissions perm (before the umask) or truncating
// it first.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// errPatternHasSeparator is the error of a temporary file pattern with a path separator.
var errPatternHasSeparator = osError("pattern contains path separator")

// randState is the state of the random numbers in temporary names (xorshift, seeded by the first use).
var randState uint32

// nextRandom returns a decimal random number for a temporary name.
func nextRandom() string {
	if randState == 0 {
		var tv syscall.Timeval
		syscall.Gettimeofday(&tv)
		randState = uint32(tv.Usec)*2654435761 ^ uint32(syscall.Getpid()) ^ uint32(tv.Sec) | 1
	}
	x := randState
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	randState = x
	var buf [10]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + x%10)
		x /= 10
		if x == 0 {
			break
		}
	}
	return string(buf[i:])
}

// prefixAndSuffix splits pattern at its last "*" into the parts before and after the random string.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

// joinTemp returns the path of a new temporary name in dir (TempDir when dir is "").
func joinTemp(dir, name string) string {
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new file in dir (TempDir when dir is ""), opened for reading and writing with mode 0600,
// whose name is pattern with its last "*" (or its end) replaced by a random string. The caller removes it.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	try := 0
	for {
		name := joinTemp(dir, prefix+nextRandom()+suffix)
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: joinTemp(dir, prefix+"*"+suffix), Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir when dir is ""), with mode 0700, whose name is pattern with its
// last "*" (or its end) replaced by a random string, and returns its path. The caller removes it.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	try := 0
	for {
		name := joinTemp(dir, prefix+nextRandom()+suffix)
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: joinTemp(dir, prefix+"*"+suffix), Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}
