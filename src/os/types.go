// File information: FileInfo and FileMode are io/fs's, and fileStat is what Stat, Lstat and File.Stat return,
// filled from the kernel's Stat_t.

package os

import (
	"io/fs"
	"syscall"
	"time"
)

// A FileInfo describes a file; Stat and Lstat return one.
type FileInfo = fs.FileInfo

// A FileMode is a file's mode and permission bits.
type FileMode = fs.FileMode

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// The mode bits, io/fs's.
const (
	ModeDir        = fs.ModeDir        // d: is a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary file; Plan 9 only
	ModeSymlink    = fs.ModeSymlink    // L: symbolic link
	ModeDevice     = fs.ModeDevice     // D: device file
	ModeNamedPipe  = fs.ModeNamedPipe  // p: named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: Unix character device, when ModeDevice is set
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: non-regular file; nothing else is known about this file

	// ModeType is the mask of the type bits; for regular files, none is set.
	ModeType = fs.ModeType

	// ModePerm is the mask of the Unix permission bits (0777).
	ModePerm = fs.ModePerm
)

// fileStat is the FileInfo of a file: its base name and the kernel's status.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

// Name returns the file's base name.
func (fs *fileStat) Name() string { return fs.name }

// Size returns the file's length in bytes.
func (fs *fileStat) Size() int64 { return fs.size }

// Mode returns the file's mode bits.
func (fs *fileStat) Mode() FileMode { return fs.mode }

// ModTime returns the file's modification time.
func (fs *fileStat) ModTime() time.Time { return fs.modTime }

// IsDir reports whether the file is a directory.
func (fs *fileStat) IsDir() bool { return fs.mode.IsDir() }

// Sys returns the kernel's status of the file, a *syscall.Stat_t.
func (fs *fileStat) Sys() any { return &fs.sys }

// fillFileStat sets fs's fields from its Stat_t for the file name.
func fillFileStat(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// basename returns the last element of a path, without trailing slashes ("/" for a path of slashes).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns a FileInfo describing the named file, following symbolic links. An error is a *PathError.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if err := ignoringEINTRErr(func() error { return syscall.Stat(name, &fs.sys) }); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fillFileStat(&fs, name)
	return &fs, nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link is described itself, not followed. An error
// is a *PathError.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if err := ignoringEINTRErr(func() error { return syscall.Lstat(name, &fs.sys) }); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fillFileStat(&fs, name)
	return &fs, nil
}

// Stat returns the FileInfo of the file. An error is a *PathError.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var fs fileStat
	if err := syscall.Fstat(f.fd, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fillFileStat(&fs, f.name)
	return &fs, nil
}

// SameFile reports whether fi1 and fi2 describe the same file (the same device and inode). It is false for
// FileInfos that Stat, Lstat or File.Stat did not return.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}

// ignoringEINTRErr calls fn until it fails with something other than EINTR.
func ignoringEINTRErr(fn func() error) error {
	for {
		if err := fn(); err != syscall.EINTR {
			return err
		}
	}
}
