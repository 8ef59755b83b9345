package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
)

// Reading a directory: the kernel's getdents64 records (linux_dirent64: inode u64, offset
// u64, record length u16, type u8, then the name, NUL-terminated) are read a block at a
// time into dirInfo.buf and handed out one at a time, skipping "." and "..". Entries come
// in the directory's order; only ReadDir (the function) sorts them by name.
type dirInfo struct {
	buf  []byte
	nbuf int // bytes in buf from the last getdents
	bufp int // the next record's offset in buf
}

const (
	direntBlockSize = 8192
	direntNameOff   = 19
)

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// readdir reads up to n entries (all if n <= 0) in the given form. With n > 0 and nothing
// left, it returns io.EOF.
func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.fd < 0 {
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, direntBlockSize)}
	}
	d := f.dirinfo
	if n == 0 {
		n = -1 // below: negative reads to the end, positive counts down to 0
	}
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e int
			d.nbuf, e = getdents(f.fd, d.buf)
			if e != 0 {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: syscall.Errno(e)}
			}
			if d.nbuf <= 0 {
				break
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		if len(rec) < direntNameOff {
			break
		}
		reclen := int(rec[16]) | int(rec[17])<<8
		if reclen > len(rec) || reclen < direntNameOff {
			break
		}
		rec = rec[:reclen]
		d.bufp += reclen
		if le64(rec) == 0 { // a deleted entry
			continue
		}
		nameb := rec[direntNameOff:]
		for i, c := range nameb {
			if c == 0 {
				nameb = nameb[:i]
				break
			}
		}
		name := string(nameb)
		if name == "." || name == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, name)
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, name, direntType(rec[18]))
			if IsNotExist(err) {
				continue // gone since the directory was read
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		default:
			info, err := Lstat(f.name + "/" + name)
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

func le64(b []byte) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// direntType is the FileMode type bits of a d_type, ^FileMode(0) when unknown.
func direntType(typ byte) FileMode {
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

type DirEntry = fs.DirEntry

// unixDirent is a DirEntry from a directory read; Info calls Lstat then. Its fields are
// Go's, in Go's order.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	info, err := Lstat(parent + "/" + name) // the file system does not say: ask
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}

// Readdir reads up to n entries of the directory as FileInfos (Lstat's), all if n <= 0.
// The slice is never nil.
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

// Readdirnames reads up to n names of the directory's entries, all if n <= 0.
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

// ReadDir reads up to n entries of the directory, in directory order, all if n <= 0.
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

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}
