// Package read finds articles in what users point dipgraph at — files,
// directory trees, tar/zip archives, JSON Lines and CSV dumps, TV transcript
// files holding many items — and turns each into a Doc: metadata plus a UTF-8
// body, whatever the source encoding.
//
// Problems with one file or item are reported as *Error values naming the
// path and the reason; the walk goes on. Each *Error wraps one of the
// sentinel errors (ErrTooBig, ErrEncoding, ErrFrontMatter, …); Reason gives
// a short label for counting them in a run report.
//
// Files divide the work:
//
//	walk.go     Walk: paths, directories (sorted, globs), tar/tar.gz/zip
//	            members streamed with size and zip-bomb limits, gzip files
//	parse.go    Parse: format by extension (.jsonl, .json, .csv) or content
//	            (Jekyll front matter, 《新闻联播》 transcript, HTML, text)
//	encoding.go BOM, UTF-8, <meta charset>, else GB18030 or Big5 by score
//	date.go     the date layouts seen in the sources; zone-less = Shanghai
//	outlet.go   source codes (categories, file names) → outlet names
//	options.go  Options, DocID
//	errors.go   sentinel reasons and Reason
//
// Limits (Options, each with a default): MaxFileBytes for one file or
// member, MaxArchiveBytes for everything decompressed from one archive,
// MaxArticleBytes for one article's body, FileTimeout for parsing one file.
// Archive members whose names escape the archive ("../x", "/etc/x") are
// refused with ErrUnsafePath.
//
// IDs are stable: DocID(path, item) is the first 16 hex digits of
// SHA-1(path + "\x00" + item), where item is "" for one-article files,
// "N" (1-based) for the Nth "### " item of a transcript, "row N" for CSV
// data rows and "line N" for JSON Lines.
package read
