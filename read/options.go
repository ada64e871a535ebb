package read

import (
	"crypto/sha1"
	"encoding/hex"
	"path"
	"time"
)

// Default limits used when Options leaves them zero.
const (
	DefaultMaxFileBytes    int64 = 64 << 20
	DefaultMaxArchiveBytes int64 = 2 << 30
	// DefaultMaxArticleBytes bounds one article's body: real articles are
	// below 1 MiB, so a bigger one is a dump or an attack.
	DefaultMaxArticleBytes int64 = 16 << 20
	// DefaultFileTimeout bounds reading and parsing one file or member.
	DefaultFileTimeout = time.Minute
)

// Options configures Walk and Parse. The zero value is ready to use.
type Options struct {
	// Include and Exclude are path.Match globs tried against an entry's base
	// name and against its path relative to the walked directory (or inside
	// the archive). A directory matching Exclude is not entered. When
	// Include is set, only files matching one of its globs are read.
	Include, Exclude []string
	// MaxFileBytes bounds one file or archive member (default 64 MiB);
	// bigger ones are reported with ErrTooBig and the batch goes on.
	MaxFileBytes int64
	// MaxArchiveBytes bounds the decompressed bytes read from one archive
	// (default 2 GiB): a guard against zip bombs.
	MaxArchiveBytes int64
	// MaxArticleBytes bounds the body of one article (default 16 MiB): a
	// longer one (a 50 MB JSON Lines record) is reported with ErrTooBig and
	// the other articles of the file go on.
	MaxArticleBytes int64
	// FileTimeout bounds the time Walk spends parsing one file or archive
	// member (default one minute); past it the file is reported with
	// ErrTimeout and the walk goes on. The abandoned parse cannot be
	// interrupted: it runs to its end in the background and its result is
	// dropped. A negative value disables the limit.
	FileTimeout time.Duration
}

func (o Options) withDefaults() Options {
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.MaxArchiveBytes <= 0 {
		o.MaxArchiveBytes = DefaultMaxArchiveBytes
	}
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.FileTimeout == 0 {
		o.FileTimeout = DefaultFileTimeout
	}
	return o
}

// included reports whether a file with the given relative path passes the
// Include and Exclude globs.
func (o Options) included(rel string) bool {
	if o.excluded(rel) {
		return false
	}
	if len(o.Include) == 0 {
		return true
	}
	return matchAny(o.Include, rel)
}

func (o Options) excluded(rel string) bool { return matchAny(o.Exclude, rel) }

func matchAny(globs []string, rel string) bool {
	base := path.Base(rel)
	for _, g := range globs {
		if ok, _ := path.Match(g, base); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

// DocID is the stable identifier of the article Item of the file at path:
// the first 16 hex digits of SHA-1(path + "\x00" + item).
func DocID(path, item string) string {
	h := sha1.Sum([]byte(path + "\x00" + item))
	return hex.EncodeToString(h[:8])
}

func hashOf(b []byte) string {
	h := sha1.Sum(b)
	return hex.EncodeToString(h[:])
}
