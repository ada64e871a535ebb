package neo4jserver

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Environment variables read by DefaultConfig and FromEnv.
const (
	EnvHome      = "DIPGRAPH_NEO4J_HOME"      // state directory of the managed instance
	EnvPort      = "DIPGRAPH_NEO4J_PORT"      // Bolt port of the managed instance
	EnvHeap      = "DIPGRAPH_NEO4J_HEAP"      // JVM heap, e.g. 1g
	EnvPageCache = "DIPGRAPH_NEO4J_PAGECACHE" // Neo4j page cache, e.g. 256m

	EnvURI          = "NEO4J_URI"           // an existing Neo4j 5; disables the managed instance
	EnvUser         = "NEO4J_USERNAME"      // user for NEO4J_URI (default neo4j)
	EnvPassword     = "NEO4J_PASSWORD"      // password (NEO4J_URI or managed instance)
	EnvPasswordFile = "NEO4J_PASSWORD_FILE" // file holding the password for NEO4J_URI
	EnvDatabase     = "NEO4J_DATABASE"      // database name (default neo4j)
)

// Defaults of Config.
const (
	DefaultPort      = 7687
	DefaultHeap      = "1g"
	DefaultPageCache = "256m"
	DefaultUser      = "neo4j"
	DefaultDatabase  = "neo4j"
)

// minPasswordLen is Neo4j 5's dbms.security.auth_minimum_password_length.
const minPasswordLen = 8

// Config describes one managed Neo4j instance. The zero value of every field
// except Dir means "use the default".
type Config struct {
	// Dir is the state directory: Neo4j home (data/, logs/), launcher build
	// (launcher/), password, neo4j.pid, neo4j.log and the start lock.
	Dir string
	// Port is the Bolt port on 127.0.0.1 (default 7687).
	Port int
	// Password of user neo4j. Empty: read Dir/password, or generate one on
	// first start. Start always stores the effective password in
	// Dir/password (mode 0600) so later commands without NEO4J_PASSWORD
	// find it.
	Password string
	// Heap is the JVM heap (-Xms and -Xmx), e.g. "1g" (default).
	Heap string
	// PageCache is Neo4j's page cache, e.g. "256m" (default).
	PageCache string
	// Log receives progress lines from Start and Stop; nil discards them.
	Log io.Writer

	err error // set by DefaultConfig for a bad environment value
}

// DefaultConfig returns the configuration of the user's managed instance:
//
//	Dir       $DIPGRAPH_NEO4J_HOME, else $XDG_DATA_HOME/dipgraph/neo4j,
//	          else ~/.local/share/dipgraph/neo4j
//	Port      $DIPGRAPH_NEO4J_PORT, else 7687
//	Password  $NEO4J_PASSWORD, else the content of Dir/password if present
//	          (else empty: Start generates one)
//	Heap      $DIPGRAPH_NEO4J_HEAP, else 1g
//	PageCache $DIPGRAPH_NEO4J_PAGECACHE, else 256m
//
// A bad value (unparsable port or size, unreadable password file) is kept in
// the Config and reported by Start, Stop and Status (and by Err).
func DefaultConfig() Config {
	cfg := Config{Port: DefaultPort}
	var errs []error
	dir, err := defaultDir()
	errs = append(errs, err)
	cfg.Dir = dir
	if s := os.Getenv(EnvPort); s != "" {
		p, err := parsePort(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("neo4jserver: %s=%q: %w", EnvPort, s, err))
		}
		cfg.Port = p
	}
	cfg.Heap = envOr(EnvHeap, DefaultHeap)
	cfg.PageCache = envOr(EnvPageCache, DefaultPageCache)
	errs = append(errs, cfg.validateSizes())
	cfg.Password = os.Getenv(EnvPassword)
	if cfg.Password == "" && cfg.Dir != "" {
		pw, err := readPasswordFile(cfg.passwordFile())
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("neo4jserver: %w", err))
		}
		cfg.Password = pw
	}
	cfg.err = errors.Join(errs...)
	return cfg
}

// Err reports a problem DefaultConfig found in the environment, or nil.
func (c Config) Err() error { return c.err }

// ManagedPassword returns the password of the managed instance: cfg.Password
// if set, else the content of cfg.Dir/password (written by Start).
func ManagedPassword(cfg Config) (string, error) {
	if cfg.Password != "" {
		return cfg.Password, nil
	}
	pw, err := readPasswordFile(cfg.passwordFile())
	if err != nil {
		return "", fmt.Errorf("neo4jserver: no password for the managed instance (start it first, or set %s): %w", EnvPassword, err)
	}
	return pw, nil
}

func defaultDir() (string, error) {
	if d := os.Getenv(EnvHome); d != "" {
		return filepath.Abs(d)
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "dipgraph", "neo4j"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("neo4jserver: no state directory: set %s: %w", EnvHome, err)
	}
	return filepath.Join(home, ".local", "share", "dipgraph", "neo4j"), nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || p < 1 || p > 65535 {
		return 0, fmt.Errorf("not a TCP port (1..65535)")
	}
	return p, nil
}

// URI returns the Bolt URI of the managed instance described by cfg.
func URI(cfg Config) string {
	return fmt.Sprintf("bolt://127.0.0.1:%d", cfg.withDefaults().Port)
}

// Conn is how to reach a Neo4j server: an external one named by NEO4J_URI,
// or the managed instance.
type Conn struct {
	URI, User, Password, Database string
	// Managed is true when no NEO4J_URI is set and the connection points at
	// the instance that Start manages (DefaultConfig).
	Managed bool
}

// ResolveConn resolves the connection from the environment. When NEO4J_URI is
// set it uses NEO4J_URI, NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD or
// else the file named by NEO4J_PASSWORD_FILE, and NEO4J_DATABASE (default
// neo4j). Otherwise it describes the managed instance of DefaultConfig; its
// password is empty until the first Start has generated one.
func ResolveConn() (Conn, error) {
	c := Conn{Database: envOr(EnvDatabase, DefaultDatabase), User: DefaultUser}
	if uri := os.Getenv(EnvURI); uri != "" {
		c.URI = uri
		c.User = envOr(EnvUser, DefaultUser)
		c.Password = os.Getenv(EnvPassword)
		if f := os.Getenv(EnvPasswordFile); c.Password == "" && f != "" {
			pw, err := readPasswordFile(f)
			if err != nil {
				return c, fmt.Errorf("neo4jserver: %s: %w", EnvPasswordFile, err)
			}
			c.Password = pw
		}
		return c, nil
	}
	cfg := DefaultConfig()
	if err := cfg.Err(); err != nil {
		return c, err
	}
	c.URI, c.Password, c.Managed = URI(cfg), cfg.Password, true
	return c, nil
}

// FromEnv is ResolveConn without the error: a problem (bad port, unreadable
// password file) leaves the affected value at its default or empty, which
// then shows up as a connection or authentication error.
func FromEnv() (uri, user, password, database string, managed bool) {
	c, _ := ResolveConn()
	if c.URI == "" {
		c.URI = fmt.Sprintf("bolt://127.0.0.1:%d", DefaultPort)
	}
	return c.URI, c.User, c.Password, c.Database, c.Managed
}

var sizeRE = regexp.MustCompile(`^[1-9][0-9]*[kKmMgG]?$`)

func (c Config) withDefaults() Config {
	if c.Port == 0 {
		c.Port = DefaultPort
	}
	if c.Heap == "" {
		c.Heap = DefaultHeap
	}
	if c.PageCache == "" {
		c.PageCache = DefaultPageCache
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
	return c
}

func (c Config) validateSizes() error {
	if !sizeRE.MatchString(c.Heap) {
		return fmt.Errorf("neo4jserver: heap size %q: want a number with optional k, m or g (e.g. 1g)", c.Heap)
	}
	if !sizeRE.MatchString(c.PageCache) {
		return fmt.Errorf("neo4jserver: page cache size %q: want a number with optional k, m or g (e.g. 256m)", c.PageCache)
	}
	return nil
}

// check validates a defaulted config.
func (c Config) check() error {
	if c.err != nil {
		return c.err
	}
	if c.Dir == "" {
		return errors.New("neo4jserver: Config.Dir is empty")
	}
	if c.Port < 1 || c.Port > 65535 {
		return fmt.Errorf("neo4jserver: port %d: not a TCP port (1..65535)", c.Port)
	}
	return c.validateSizes()
}

func (c Config) passwordFile() string { return filepath.Join(c.Dir, "password") }
func (c Config) pidFile() string      { return filepath.Join(c.Dir, "neo4j.pid") }
func (c Config) logFile() string      { return filepath.Join(c.Dir, "neo4j.log") }
func (c Config) lockFile() string     { return filepath.Join(c.Dir, "start.lock") }
func (c Config) buildDir() string     { return filepath.Join(c.Dir, "launcher") }
func (c Config) dataDir() string      { return filepath.Join(c.Dir, "data") }

// readPasswordFile returns the first line of file, without surrounding space.
func readPasswordFile(file string) (string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pw := strings.TrimSpace(line)
	if pw == "" {
		return "", fmt.Errorf("%s: empty password file", file)
	}
	return pw, nil
}

// effectivePassword returns the password to start with: cfg.Password, else
// Dir/password, else a new random one. It writes the result to Dir/password
// (mode 0600) if the file does not already hold it.
func effectivePassword(cfg Config) (string, error) {
	pw := cfg.Password
	stored, err := readPasswordFile(cfg.passwordFile())
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if pw == "" {
		pw = stored
	}
	if pw == "" {
		b := make([]byte, 24)
		if _, err := rand.Read(b); err != nil {
			return "", fmt.Errorf("neo4jserver: generating a password: %w", err)
		}
		pw = base64.RawURLEncoding.EncodeToString(b)
	}
	if len(pw) < minPasswordLen {
		return "", fmt.Errorf("neo4jserver: the password is shorter than the %d characters Neo4j 5 requires", minPasswordLen)
	}
	if strings.ContainsAny(pw, "\r\n") {
		return "", errors.New("neo4jserver: the password contains a line break")
	}
	if pw != stored {
		if err := writeFileAtomic(cfg.passwordFile(), []byte(pw+"\n"), 0o600); err != nil {
			return "", err
		}
	}
	return pw, nil
}

func writeFileAtomic(name string, data []byte, mode os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return fmt.Errorf("neo4jserver: %w", err)
	}
	tmp := f.Name()
	if err := f.Chmod(mode); err == nil {
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, name)
		}
		if err == nil {
			return nil
		}
	} else {
		f.Close()
	}
	os.Remove(tmp)
	return fmt.Errorf("neo4jserver: writing %s: %w", name, err)
}
