// DirFS: a directory tree as an io/fs file system.

package os

import "io/fs"

// DirFS returns a file system (an fs.FS, also an fs.StatFS) for the tree of files rooted at the directory dir.
// Names are slash-separated and unrooted, as fs.ValidPath requires.
func DirFS(dir string) fs.FS { return dirFS(dir) }

// dirFS is DirFS's file system: the directory's path.
type dirFS string

// Open opens the named file of the tree.
func (dir dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "open", Path: name, Err: ErrInvalid}
	}
	f, err := Open(string(dir) + "/" + name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Stat returns the FileInfo of the named file of the tree.
func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "stat", Path: name, Err: ErrInvalid}
	}
	f, err := Stat(string(dir) + "/" + name)
	if err != nil {
		return nil, err
	}
	return f, nil
}
