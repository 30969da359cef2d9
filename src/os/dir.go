// Reading directories: a directory File reads its entries with getdents64 into a buffer kept in the File (dirInfo)
// and decodes the kernel's records (inode, record length, type, name) itself, so that ReadDir gets each entry's type
// without a stat; ReadDir, Readdir and Readdirnames differ only in what they make of an entry.

package os

import (
	"io"
	"syscall"
)

// dirBufSize is the size of the buffer getdents64 fills (gc's).
const dirBufSize = 8192

// dirInfo is the state of reading a directory: the entries read but not yet returned.
type dirInfo struct {
	buf  []byte // the records getdents64 returned
	nbuf int    // the length of the records in buf
	bufp int    // the offset of the next record
}

// readdirMode says what readdir makes of the entries.
type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// readdir reads up to n entries of the directory (all the remaining ones when n <= 0), as names, DirEntries or
// FileInfos as mode says. With n > 0, reaching the end with nothing read is io.EOF.
func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.fd < 0 {
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: ErrClosed}
	}
	d := f.dirinfo
	if d == nil {
		d = &dirInfo{buf: make([]byte, dirBufSize)}
		f.dirinfo = d
	}
	if n == 0 {
		n = -1
	}
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var errno error
			for {
				d.nbuf, errno = syscall.ReadDirent(f.fd, d.buf)
				if errno != syscall.EINTR {
					break
				}
			}
			if errno != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: errno}
			}
			if d.nbuf <= 0 {
				break // the end of the directory
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		reclen := int(rec[16]) | int(rec[17])<<8
		if reclen < 20 || reclen > len(rec) {
			break
		}
		d.bufp += reclen
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		name := rec[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, string(name))
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, string(name), dtToType(rec[18]))
			if IsNotExist(err) {
				continue // removed since the directory was read
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		case readdirFileInfo:
			info, err := Lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}
	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// ReadDir reads up to n entries of the directory, in directory order. With n > 0 it returns at most n entries, and
// io.EOF once no entry is left; with n <= 0 it returns all the remaining entries and a nil error at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// Readdir reads up to n entries of the directory as FileInfos (from Lstat), as ReadDir reads them.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads up to n names of the directory's entries, as ReadDir reads them.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory and returns its entries sorted by name. An error comes with the entries read
// before it.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	// Insertion sort: directories are small, and package sort would bring reflection in.
	for i := 1; i < len(dirs); i++ {
		for j := i; j > 0 && dirs[j].Name() < dirs[j-1].Name(); j-- {
			dirs[j], dirs[j-1] = dirs[j-1], dirs[j]
		}
	}
	return dirs, err
}

// unixDirent is a DirEntry read from a directory: its type comes from the directory's record, its FileInfo from an
// Lstat when asked for.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

// Name returns the entry's name.
func (d *unixDirent) Name() string { return d.name }

// IsDir reports whether the entry is a directory.
func (d *unixDirent) IsDir() bool { return d.typ.IsDir() }

// Type returns the entry's type bits.
func (d *unixDirent) Type() FileMode { return d.typ }

// Info returns the entry's FileInfo, from Lstat at the time of the call (or of the read, for an entry whose type
// the directory did not record).
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// newUnixDirent returns the DirEntry of name in the directory parent; a type the record did not give (^0) is read
// with Lstat.
func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	d := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return d, nil
	}
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	d.typ = info.Mode().Type()
	d.info = info
	return d, nil
}

// dtToType returns the type bits of a directory record's d_type, or ^0 when the file system did not record it.
func dtToType(typ byte) FileMode {
	switch typ {
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0)
}
