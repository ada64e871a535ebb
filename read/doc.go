// Package read finds articles in what users point dipgraph at — files,
// directory trees, tar/zip archives, JSON Lines and CSV dumps, TV transcript
// files holding many items — and turns each into a Doc: metadata plus a UTF-8
// body, whatever the source encoding.
//
// Problems with one file or item are reported as *Error values naming the
// path and the reason; the walk goes on.
package read
