package read

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// Walk reads every article under paths and calls emit for each Doc, in a
// deterministic order: paths in the order given, directory entries sorted
// by name (recursively), archive members in archive order, the items of a
// file in file order. Each path may be a file, a directory, a .tar,
// .tar.gz, .tgz or .zip archive (streamed, never unpacked to disk), a
// gzip-compressed file, or "-" for standard input. Inside directories,
// entries whose name starts with "." are not visited.
//
// report receives every problem (an unreadable, binary, oversized or
// malformed file or item); the walk goes on. Walk stops early only when ctx
// is cancelled or emit returns an error, and returns that error.
func Walk(ctx context.Context, paths []string, opt Options, emit func(Doc) error, report func(*Error)) error {
	w := walker{ctx: ctx, opt: opt.withDefaults(), emit: emit, report: report}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			data, err := io.ReadAll(io.LimitReader(os.Stdin, w.opt.MaxFileBytes+1))
			if err != nil {
				w.fail(p, "", because(ErrRead, "", err))
				continue
			}
			if err := w.parsed(w.parse(p, p, data)); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			w.fail(p, "", because(ErrRead, "", err))
			continue
		}
		if info.IsDir() {
			err = w.dir(p, p, "")
		} else {
			err = w.file(p, p, info)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	ctx    context.Context
	opt    Options
	emit   func(Doc) error
	report func(*Error)
}

func (w *walker) fail(p, item string, err error) {
	if w.report != nil {
		w.report(&Error{Path: p, Item: item, Err: err})
	}
}

// parse is parseAs bounded by Options.FileTimeout. On timeout the file is
// reported with ErrTimeout; the parse goroutine, which cannot be
// interrupted, finishes in the background and its result is dropped.
func (w *walker) parse(docPath, name string, data []byte) ([]Doc, []*Error) {
	if w.opt.FileTimeout < 0 {
		return parseAs(docPath, name, data, w.opt)
	}
	type result struct {
		docs []Doc
		errs []*Error
	}
	done := make(chan result, 1) // buffered: an abandoned parse does not block
	go func() {
		docs, errs := parseAs(docPath, name, data, w.opt)
		done <- result{docs, errs}
	}()
	timer := time.NewTimer(w.opt.FileTimeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.docs, r.errs
	case <-timer.C:
		return nil, []*Error{{Path: docPath, Err: because(ErrTimeout, fmt.Sprintf("limit %s", w.opt.FileTimeout), nil)}}
	case <-w.ctx.Done():
		return nil, nil // Walk's caller sees ctx.Err from parsed
	}
}

// parsed passes Parse results on; it returns only a stopping error.
func (w *walker) parsed(docs []Doc, errs []*Error) error {
	for _, e := range errs {
		if w.report != nil {
			w.report(e)
		}
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	for _, d := range docs {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if err := w.emit(d); err != nil {
			return err
		}
	}
	return nil
}

// dir walks the directory fsDir, known to the user as docDir; rel is the
// path below the walked root, for globs.
func (w *walker) dir(fsDir, docDir, rel string) error {
	entries, err := os.ReadDir(fsDir)
	if err != nil {
		w.fail(docDir, "", because(ErrRead, "", err))
		// ReadDir returns the entries it could read; go on with those.
	}
	for _, e := range entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		fsPath := filepath.Join(fsDir, name)
		docPath := path.Join(docDir, name)
		erel := path.Join(rel, name)
		info, err := e.Info()
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			info, err = os.Stat(fsPath)
			if err == nil && info.IsDir() {
				if !w.opt.excluded(erel) {
					w.fail(docPath, "", because(ErrUnsupported, "symbolic link to a directory is not followed", nil))
				}
				continue
			}
		}
		if err != nil {
			w.fail(docPath, "", because(ErrRead, "", err))
			continue
		}
		if info.IsDir() {
			if w.opt.excluded(erel) {
				continue
			}
			if err := w.dir(fsPath, docPath, erel); err != nil {
				return err
			}
			continue
		}
		if !w.opt.included(erel) {
			continue
		}
		if err := w.file(fsPath, docPath, info); err != nil {
			return err
		}
	}
	return nil
}

func archiveKind(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return "tgz"
	case strings.HasSuffix(n, ".tar"):
		return "tar"
	case strings.HasSuffix(n, ".zip"):
		return "zip"
	case strings.HasSuffix(n, ".gz"):
		return "gz"
	}
	return ""
}

func (w *walker) file(fsPath, docPath string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		w.fail(docPath, "", because(ErrUnsupported, "not a regular file: "+info.Mode().Type().String(), nil))
		return nil
	}
	kind := archiveKind(docPath)
	if kind == "" && info.Size() > w.opt.MaxFileBytes {
		w.fail(docPath, "", because(ErrTooBig, fmt.Sprintf("%d bytes, limit %d", info.Size(), w.opt.MaxFileBytes), nil))
		return nil
	}
	f, err := os.Open(fsPath)
	if err != nil {
		w.fail(docPath, "", because(ErrRead, "", err))
		return nil
	}
	defer f.Close()
	switch kind {
	case "tgz", "gz":
		zr, err := gzip.NewReader(f)
		if err != nil {
			w.fail(docPath, "", because(ErrRead, "gzip", err))
			return nil
		}
		defer zr.Close()
		if kind == "gz" {
			data, err := readLimited(zr, w.opt.MaxFileBytes)
			if err != nil {
				w.fail(docPath, "", err)
				return nil
			}
			return w.parsed(w.parse(docPath, strings.TrimSuffix(docPath, path.Ext(docPath)), data))
		}
		return w.tar(zr, docPath)
	case "tar":
		return w.tar(f, docPath)
	case "zip":
		return w.zip(f, info.Size(), docPath)
	}
	data, err := readLimited(f, w.opt.MaxFileBytes)
	if err != nil {
		w.fail(docPath, "", err)
		return nil
	}
	return w.parsed(w.parse(docPath, docPath, data))
}

// readLimited reads all of r, failing with ErrTooBig past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, because(ErrRead, "", err)
	}
	if int64(len(data)) > limit {
		return nil, because(ErrTooBig, fmt.Sprintf("more than %d bytes", limit), nil)
	}
	return data, nil
}

// memberName cleans an archive member name; ok is false for names that
// would escape the archive (absolute, "..").
func memberName(name string) (string, bool) {
	n := strings.ReplaceAll(name, `\`, "/")
	if n == "" || strings.HasPrefix(n, "/") || (len(n) > 1 && n[1] == ':') {
		return n, false
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return n, false
		}
	}
	return path.Clean(n), true
}

func hiddenMember(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// budget counts decompressed bytes read from one archive.
type budget struct {
	r    io.Reader
	left int64
}

var errBudget = errors.New("archive budget exhausted")

func (b *budget) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errBudget
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

func (w *walker) member(archive, name string) (docPath string, ok bool) {
	clean, safe := memberName(name)
	docPath = archive + "!" + clean
	if !safe {
		w.fail(archive+"!"+name, "", because(ErrUnsafePath, fmt.Sprintf("%q escapes the archive", name), nil))
		return docPath, false
	}
	if hiddenMember(clean) || !w.opt.included(clean) {
		return docPath, false
	}
	if archiveKind(clean) != "" {
		w.fail(docPath, "", because(ErrUnsupported, "archive inside an archive", nil))
		return docPath, false
	}
	return docPath, true
}

func (w *walker) tar(r io.Reader, archive string) error {
	b := &budget{r: r, left: w.opt.MaxArchiveBytes}
	tr := tar.NewReader(b)
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, errBudget) {
				w.fail(archive, "", because(ErrArchiveTooBig, fmt.Sprintf("limit %d bytes", w.opt.MaxArchiveBytes), nil))
			} else {
				w.fail(archive, "", because(ErrRead, "tar", err))
			}
			return nil
		}
		switch hdr.Typeflag {
		case tar.TypeDir, tar.TypeXGlobalHeader:
			continue
		}
		docPath, ok := w.member(archive, hdr.Name)
		if !ok {
			continue
		}
		// tar.Reader reports the old TypeRegA ('\x00') entries as TypeReg.
		if hdr.Typeflag != tar.TypeReg {
			w.fail(docPath, "", because(ErrUnsupported, fmt.Sprintf("tar entry type %q is not a regular file", hdr.Typeflag), nil))
			continue
		}
		if hdr.Size > w.opt.MaxFileBytes {
			w.fail(docPath, "", because(ErrTooBig, fmt.Sprintf("%d bytes, limit %d", hdr.Size, w.opt.MaxFileBytes), nil))
			continue
		}
		data, err := readLimited(tr, w.opt.MaxFileBytes)
		if err != nil {
			if errors.Is(err, errBudget) {
				w.fail(docPath, "", because(ErrArchiveTooBig, fmt.Sprintf("limit %d bytes", w.opt.MaxArchiveBytes), nil))
				return nil
			}
			w.fail(docPath, "", err)
			continue
		}
		if err := w.parsed(w.parse(docPath, docPath, data)); err != nil {
			return err
		}
	}
}

func (w *walker) zip(f io.ReaderAt, size int64, archive string) error {
	zr, err := zip.NewReader(f, size)
	if err != nil {
		w.fail(archive, "", because(ErrRead, "zip", err))
		return nil
	}
	left := w.opt.MaxArchiveBytes
	for _, zf := range zr.File {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if zf.FileInfo().IsDir() {
			continue
		}
		docPath, ok := w.member(archive, zf.Name)
		if !ok {
			continue
		}
		if !zf.Mode().IsRegular() {
			w.fail(docPath, "", because(ErrUnsupported, "zip entry is not a regular file", nil))
			continue
		}
		if zf.UncompressedSize64 > uint64(w.opt.MaxFileBytes) {
			w.fail(docPath, "", because(ErrTooBig, fmt.Sprintf("%d bytes, limit %d", zf.UncompressedSize64, w.opt.MaxFileBytes), nil))
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			w.fail(docPath, "", because(ErrRead, "zip", err))
			continue
		}
		limit := min(w.opt.MaxFileBytes, left)
		data, err := io.ReadAll(io.LimitReader(rc, limit+1))
		rc.Close()
		if err != nil {
			w.fail(docPath, "", because(ErrRead, "zip", err))
			continue
		}
		if int64(len(data)) > limit {
			if limit == left {
				w.fail(docPath, "", because(ErrArchiveTooBig, fmt.Sprintf("limit %d bytes", w.opt.MaxArchiveBytes), nil))
				return nil
			}
			w.fail(docPath, "", because(ErrTooBig, fmt.Sprintf("more than %d bytes", limit), nil))
			continue
		}
		left -= int64(len(data))
		if err := w.parsed(w.parse(docPath, docPath, data)); err != nil {
			return err
		}
	}
	return nil
}
