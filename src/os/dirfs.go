// DirFS: a directory tree as an io/fs file system.

package os

import "io/fs"

// DirFS returns a file system (an fs.FS, also an fs.StatFS) for the tree of files rooted at the directory dir.
// Names are slash-separated and unrooted, as fs.ValidPath requires.
func DirFS(dir string) fs.FS { return dirFS(dir) }

// dirFS is DirFS's file system: the directory's path.
type dirFS string

// errEmptyRoot is the error of a DirFS whose directory is "".
var errEmptyRoot error = osError("os: DirFS with empty root")

// Open opens the named file of the tree. An invalid name is a *PathError with the Op "stat", as in gc.
func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Stat returns the FileInfo of the named file of the tree.
func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// join returns the path of the tree's file name, or ErrInvalid for a name fs.ValidPath rejects.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errEmptyRoot
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}
