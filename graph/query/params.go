package query

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ParseParam parses one `--param k=v`. The key must be a Cypher parameter
// name (letters, digits, underscore; not starting with a digit). The value is
//
//	null                 nil
//	true, false          bool
//	-12, 42              int64
//	3.5, 1e3             float64 (NaN and Inf stay strings)
//	[...] or {...}       JSON list or map (whole numbers become int64)
//	"..."                a JSON string, to force a string: k="42"
//	anything else        the string as written (k= is the empty string)
func ParseParam(s string) (string, any, error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return "", nil, fmt.Errorf("param %q: want key=value", s)
	}
	if !isIdent(k) {
		return "", nil, fmt.Errorf("param %q: key %q is not a parameter name (letters, digits, _)", s, k)
	}
	val, err := parseValue(v)
	if err != nil {
		return "", nil, fmt.Errorf("param %s: %w", k, err)
	}
	return k, val, nil
}

// ParseParams parses several --param values into a parameter map; a key
// given twice is an error.
func ParseParams(args []string) (map[string]any, error) {
	out := make(map[string]any, len(args))
	var errs []error
	for _, a := range args {
		k, v, err := ParseParam(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if _, dup := out[k]; dup {
			errs = append(errs, fmt.Errorf("param %s given twice", k))
			continue
		}
		out[k] = v
	}
	return out, errors.Join(errs...)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func parseValue(v string) (any, error) {
	switch v {
	case "null":
		return nil, nil
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	if v == "" {
		return "", nil
	}
	if i, err := strconv.ParseInt(v, 10, 64); err == nil {
		return i, nil
	}
	if looksNumeric(v) {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f, nil
		}
	}
	switch v[0] {
	case '[', '{', '"':
		d := json.NewDecoder(bytes.NewReader([]byte(v)))
		d.UseNumber()
		var x any
		if err := d.Decode(&x); err != nil {
			return nil, fmt.Errorf("value %q is not valid JSON: %v", v, err)
		}
		if d.More() {
			return nil, fmt.Errorf("value %q: text after the JSON value", v)
		}
		return fromJSON(x)
	}
	return v, nil
}

// looksNumeric accepts decimal floats only (no NaN, Inf, hex or underscores).
func looksNumeric(v string) bool {
	digits := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
		default:
			return false
		}
	}
	return digits
}

// fromJSON turns json.Number into int64 (whole) or float64.
func fromJSON(x any) (any, error) {
	switch t := x.(type) {
	case json.Number:
		if i, err := t.Int64(); err == nil {
			return i, nil
		}
		f, err := t.Float64()
		if err != nil {
			return nil, fmt.Errorf("number %s: %v", t, err)
		}
		return f, nil
	case []any:
		for i := range t {
			v, err := fromJSON(t[i])
			if err != nil {
				return nil, err
			}
			t[i] = v
		}
		return t, nil
	case map[string]any:
		for k := range t {
			v, err := fromJSON(t[k])
			if err != nil {
				return nil, err
			}
			t[k] = v
		}
		return t, nil
	}
	return x, nil
}
