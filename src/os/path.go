// Operations on paths: making and removing directories (MkdirAll and RemoveAll included), renaming, links,
// permissions, owners and times, the working directory, and the well-known directories (TempDir, UserHomeDir, ...).
// Each reports a *PathError (or, for two paths, a *LinkError) naming gc's operation.

package os

import (
	"syscall"
	"time"
)

// Mkdir creates the directory name with the permissions perm (before the umask). An error is a *PathError.
func Mkdir(name string, perm FileMode) error {
	if err := ignoringEINTRErr(func() error { return syscall.Mkdir(name, syscallMode(perm)) }); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// MkdirAll creates the directory path and any parents it lacks, with the permissions perm, and returns nil when
// path is already a directory. An error is a *PathError.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // skip trailing separators
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // scan back over the last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// "foo/." or a directory made meanwhile: fine if path is a directory now.
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or empty directory. An error is a *PathError.
func Remove(name string) error {
	e := ignoringEINTRErr(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTRErr(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	// Both failed: rmdir's error says more unless name is not a directory.
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// RemoveAll removes path and everything it contains, and returns nil when path does not exist. It removes what it
// can and returns the first error. A path that is "." or ends in "/." is refused (EINVAL), as in gc.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	err = nil
	for {
		f, ferr := Open(path)
		if ferr != nil {
			if IsNotExist(ferr) {
				return nil
			}
			return ferr
		}
		names, rerr := f.Readdirnames(256)
		f.Close()
		for _, name := range names {
			if e := RemoveAll(path + "/" + name); e != nil && err == nil {
				err = e
			}
		}
		if rerr != nil || len(names) < 256 || err != nil {
			break
		}
	}
	e := Remove(path)
	if e == nil || IsNotExist(e) {
		return err
	}
	if err == nil {
		err = e
	}
	return err
}

// Rename renames (moves) oldpath to newpath, replacing a file newpath; it fails when newpath is an existing
// directory. An error is a *LinkError.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: syscall.EEXIST}
		}
	}
	if err := ignoringEINTRErr(func() error { return syscall.Rename(oldpath, newpath) }); err != nil {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
	}
	return nil
}

// Link makes newname a hard link to oldname. An error is a *LinkError.
func Link(oldname, newname string) error {
	if err := ignoringEINTRErr(func() error { return syscall.Link(oldname, newname) }); err != nil {
		return &LinkError{Op: "link", Old: oldname, New: newname, Err: err}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname. An error is a *LinkError.
func Symlink(oldname, newname string) error {
	if err := ignoringEINTRErr(func() error { return syscall.Symlink(oldname, newname) }); err != nil {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: err}
	}
	return nil
}

// Readlink returns the target of the symbolic link name. An error is a *PathError.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		m, err := ignoringEINTR(func() (int, error) { return syscall.Readlink(name, b) })
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if m < n {
			return string(b[0:m]), nil
		}
	}
}

// Chmod sets the mode of the named file (its permission bits, setuid, setgid and sticky). An error is a *PathError.
func Chmod(name string, mode FileMode) error {
	if err := ignoringEINTRErr(func() error { return syscall.Chmod(name, syscallMode(mode)) }); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Chown sets the owner and group of the named file (-1 keeps one), following symbolic links.
func Chown(name string, uid, gid int) error {
	if err := ignoringEINTRErr(func() error { return syscall.Chown(name, uid, gid) }); err != nil {
		return &PathError{Op: "chown", Path: name, Err: err}
	}
	return nil
}

// Lchown sets the owner and group of the named file itself, a symbolic link included.
func Lchown(name string, uid, gid int) error {
	if err := ignoringEINTRErr(func() error { return syscall.Lchown(name, uid, gid) }); err != nil {
		return &PathError{Op: "lchown", Path: name, Err: err}
	}
	return nil
}

// Chtimes sets the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := []syscall.Timespec{syscall.NsecToTimespec(atime.UnixNano()), syscall.NsecToTimespec(mtime.UnixNano())}
	if err := syscall.UtimesNano(name, ts); err != nil {
		return &PathError{Op: "chtimes", Path: name, Err: err}
	}
	return nil
}

// Truncate sets the size of the named file. An error is a *PathError.
func Truncate(name string, size int64) error {
	if err := ignoringEINTRErr(func() error { return syscall.Truncate(name, size) }); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Chdir changes the working directory to dir. An error is a *PathError.
func Chdir(dir string) error {
	if err := syscall.Chdir(dir); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}

// Getwd returns an absolute path of the working directory: $PWD when it names the working directory (gc's rule,
// which keeps the path a shell shows through symbolic links), else the kernel's answer.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if d, err := Stat(dir); err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	for {
		dir, err = syscall.Getwd()
		if err != syscall.EINTR {
			break
		}
	}
	return dir, NewSyscallError("getwd", err)
}

// TempDir returns the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir returns the user's home directory, $HOME, or an error when it is not set.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", osError("$HOME is not defined")
}

// UserCacheDir returns the directory for the user's cached data: $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		if dir[0] != '/' {
			return "", osError("path in $XDG_CACHE_HOME is relative")
		}
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", osError("neither $XDG_CACHE_HOME nor $HOME are defined")
	}
	return dir + "/.cache", nil
}

// UserConfigDir returns the directory for the user's configuration: $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		if dir[0] != '/' {
			return "", osError("path in $XDG_CONFIG_HOME is relative")
		}
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", osError("neither $XDG_CONFIG_HOME nor $HOME are defined")
	}
	return dir + "/.config", nil
}
