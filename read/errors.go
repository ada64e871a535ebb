package read

import "errors"

// Sentinel reasons wrapped by *Error.Err. Use errors.Is, or Reason for a
// short label suitable for counting problems in a run report.
var (
	ErrRead          = errors.New("unreadable")
	ErrTooBig        = errors.New("file too big")
	ErrArchiveTooBig = errors.New("archive decompresses past the limit")
	ErrBinary        = errors.New("binary content (NUL bytes)")
	ErrEncoding      = errors.New("invalid text encoding")
	ErrFrontMatter   = errors.New("broken front matter")
	ErrFormat        = errors.New("malformed record")
	ErrUnsafePath    = errors.New("unsafe archive member path")
	ErrUnsupported   = errors.New("unsupported entry")
	ErrEmpty         = errors.New("empty body")
	ErrTimeout       = errors.New("parsing took too long")
)

var reasons = []struct {
	err   error
	label string
}{
	{ErrRead, "unreadable"},
	{ErrTooBig, "too-big"},
	{ErrArchiveTooBig, "archive-too-big"},
	{ErrBinary, "binary"},
	{ErrEncoding, "encoding"},
	{ErrFrontMatter, "front-matter"},
	{ErrFormat, "format"},
	{ErrUnsafePath, "unsafe-path"},
	{ErrUnsupported, "unsupported"},
	{ErrEmpty, "empty"},
	{ErrTimeout, "timeout"},
}

// Reason returns a short stable label for err ("too-big", "encoding",
// "front-matter", …) or "other" when err wraps none of the sentinels.
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.label
		}
	}
	return "other"
}

// Reason is Reason(e.Err).
func (e *Error) Reason() string { return Reason(e.Err) }

// reason wraps a sentinel with detail: errors.Is(err, sentinel) holds and
// the message reads "sentinel: detail".
type reasonErr struct {
	sentinel error
	detail   string
	cause    error
}

func (e *reasonErr) Error() string {
	s := e.sentinel.Error()
	if e.detail != "" {
		s += ": " + e.detail
	}
	if e.cause != nil {
		s += ": " + e.cause.Error()
	}
	return s
}

func (e *reasonErr) Unwrap() []error {
	if e.cause != nil {
		return []error{e.sentinel, e.cause}
	}
	return []error{e.sentinel}
}

func because(sentinel error, detail string, cause error) error {
	return &reasonErr{sentinel: sentinel, detail: detail, cause: cause}
}
