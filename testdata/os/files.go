// Files through package os: in a new temporary directory, create, write, read back (Read, ReadAt, Seek, ReadFile),
// stat, list (ReadDir, Readdirnames, Readdir, DirFS), rename, truncate, append, and remove (Remove, RemoveAll), with
// the errors of the common failures. Paths are printed relative to the directory. On the host the golden output is
// gc's; on the boards every file operation fails with ENOSYS (files.board.golden).

package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
)

var dir string

func say(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

// errs prints an error with the temporary directory's name replaced by $DIR (without a directory, as on the boards,
// a path error prints its operation and error only: the path holds a random name).
func errs(err error) string {
	if err == nil {
		return "ok"
	}
	if dir == "" {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Op + ": " + pe.Err.Error()
		}
		return err.Error()
	}
	return strings.ReplaceAll(err.Error(), dir, "$DIR")
}

// info prints what a FileInfo says, or the error that came instead.
func info(fi fs.FileInfo, err error) string {
	if err != nil {
		return errs(err)
	}
	return "ok " + fi.Name() + " " + itoa(int(fi.Size())) + " " + fi.Mode().String() + " " + btoa(fi.IsDir())
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "tsgo-files-*")
	say("mkdirtemp:", errs(err), btoa(strings.HasPrefix(dir, os.TempDir())))
	defer func() { say("removeall:", errs(os.RemoveAll(dir))) }()

	f, err := os.Create(dir + "/a.txt")
	say("create:", errs(err))
	n, err := f.WriteString("hello, files\n")
	say("write:", itoa(n), errs(err))
	n, err = f.WriteAt([]byte("HELLO"), 0)
	say("writeat:", itoa(n), errs(err))
	off, err := f.Seek(0, io.SeekStart)
	say("seek:", itoa(int(off)), errs(err))
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	say("read:", itoa(n), errs(err), string(buf[:n]))
	n, err = f.ReadAt(buf, 7)
	say("readat:", itoa(n), errs(err), string(buf[:n]))
	n, err = f.ReadAt(buf, 100)
	say("readat past end:", itoa(n), errs(err))
	_, err = f.ReadAt(buf, -1)
	say("readat negative:", errs(err))
	off, err = f.Seek(0, io.SeekEnd)
	say("seek end:", itoa(int(off)), errs(err))
	n, err = f.Read(buf)
	say("read at end:", itoa(n), errs(err), btoa(err == io.EOF))
	say("fstat:", info(f.Stat()))
	say("truncate:", errs(f.Truncate(5)), "sync:", errs(f.Sync()))
	say("close:", errs(f.Close()), "again:", errs(f.Close()))
	_, err = f.Write([]byte("x"))
	say("write after close:", errs(err), btoa(errors.Is(err, os.ErrClosed)))

	data, err := os.ReadFile(dir + "/a.txt")
	say("readfile:", errs(err), strings.TrimSpace(string(data)))
	say("writefile:", errs(os.WriteFile(dir+"/b.txt", []byte("bee\n"), 0600)))
	f, err = os.OpenFile(dir+"/b.txt", os.O_APPEND|os.O_WRONLY, 0)
	say("open append:", errs(err))
	f.WriteString("more\n")
	_, err = f.WriteAt([]byte("x"), 0)
	say("writeat in append mode:", errs(err))
	f.Close()
	data, _ = os.ReadFile(dir + "/b.txt")
	say("appended:", strings.ReplaceAll(string(data), "\n", "|"))
	say("stat:", info(os.Stat(dir + "/b.txt")))

	say("mkdir:", errs(os.Mkdir(dir+"/sub", 0755)), "again:", errs(os.Mkdir(dir+"/sub", 0755)))
	say("mkdirall:", errs(os.MkdirAll(dir+"/sub/x/y", 0755)), "on a file:", errs(os.MkdirAll(dir+"/a.txt/z", 0755)))
	say("symlink:", errs(os.Symlink("a.txt", dir+"/link")))
	target, err := os.Readlink(dir + "/link")
	say("readlink:", target, errs(err))
	li, err := os.Lstat(dir + "/link")
	say("lstat:", errs(err), btoa(err == nil && li.Mode()&fs.ModeSymlink != 0))
	si, _ := os.Stat(dir + "/link")
	ai, _ := os.Stat(dir + "/a.txt")
	say("samefile:", btoa(os.SameFile(si, ai)), btoa(os.SameFile(li, ai)))

	entries, err := os.ReadDir(dir)
	say("readdir:", errs(err), itoa(len(entries)))
	for _, e := range entries {
		info, ierr := e.Info()
		say(" ", e.Name(), btoa(e.IsDir()), e.Type().String(), errs(ierr), btoa(info != nil && info.Name() == e.Name()))
	}
	d, err := os.Open(dir)
	say("open dir:", errs(err))
	names, err := d.Readdirnames(2)
	say("readdirnames(2):", itoa(len(names)), errs(err))
	rest, err := d.Readdirnames(-1)
	say("readdirnames(-1):", itoa(len(rest)), errs(err))
	more, err := d.Readdirnames(1)
	say("readdirnames at end:", itoa(len(more)), errs(err))
	d.Seek(0, io.SeekStart)
	infos, err := d.Readdir(-1)
	say("readdir after seek:", itoa(len(infos)), errs(err))
	d.Close()
	fsys := os.DirFS(dir)
	bs, err := fs.ReadFile(fsys, "b.txt")
	say("dirfs:", errs(err), strings.ReplaceAll(string(bs), "\n", "|"))
	_, err = fsys.Open("../x")
	say("dirfs invalid:", errs(err))

	say("rename:", errs(os.Rename(dir+"/b.txt", dir+"/c.txt")), "onto a dir:", errs(os.Rename(dir+"/c.txt", dir+"/sub")))
	_, err = os.Stat(dir + "/b.txt")
	say("stat renamed:", errs(err), btoa(os.IsNotExist(err)), btoa(errors.Is(err, fs.ErrNotExist)))
	_, err = os.OpenFile(dir+"/c.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	say("create exclusive:", errs(err), btoa(os.IsExist(err)))
	say("remove:", errs(os.Remove(dir+"/c.txt")), "missing:", errs(os.Remove(dir+"/c.txt")))
	say("remove non-empty dir:", errs(os.Remove(dir+"/sub")))
	_, err = os.Open(dir + "/nothing")
	var pe *fs.PathError
	say("open missing:", errs(err), btoa(errors.As(err, &pe) && pe.Op == "open"))
	tf, err := os.CreateTemp(dir, "t-*.txt")
	say("createtemp:", errs(err), btoa(err == nil && strings.HasPrefix(tf.Name(), dir+"/t-") && strings.HasSuffix(tf.Name(), ".txt")))
	tf.Close()
	_, err = os.CreateTemp(dir, "bad/pattern")
	say("createtemp bad:", errs(err))
	wd, err := os.Getwd()
	say("getwd:", errs(err), btoa(wd != ""))
	host, err := os.Hostname()
	say("hostname:", errs(err), btoa(host != ""))
	exe, err := os.Executable()
	say("executable:", errs(err), btoa(exe != ""))
	say("removeall missing:", errs(os.RemoveAll(dir+"/nothing")), "dot:", errs(os.RemoveAll(dir+"/.")))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
