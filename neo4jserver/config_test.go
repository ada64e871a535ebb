package neo4jserver

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// clearEnv unsets every variable this package reads, for the test's duration.
func clearEnv(t *testing.T) {
	for _, k := range []string{EnvHome, EnvPort, EnvHeap, EnvPageCache, EnvURI, EnvUser, EnvPassword, EnvPasswordFile, EnvDatabase, "XDG_DATA_HOME"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
}

func TestDefaultConfig(t *testing.T) {
	home := t.TempDir()
	stateWithPW := t.TempDir()
	if err := os.WriteFile(filepath.Join(stateWithPW, "password"), []byte("stored-secret-1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		want    Config
		wantErr string
	}{
		{"defaults", nil,
			Config{Dir: filepath.Join(home, ".local/share/dipgraph/neo4j"), Port: 7687, Heap: "1g", PageCache: "256m"}, ""},
		{"xdg", map[string]string{"XDG_DATA_HOME": "/xdg"},
			Config{Dir: "/xdg/dipgraph/neo4j", Port: 7687, Heap: "1g", PageCache: "256m"}, ""},
		{"relative xdg ignored", map[string]string{"XDG_DATA_HOME": "rel"},
			Config{Dir: filepath.Join(home, ".local/share/dipgraph/neo4j"), Port: 7687, Heap: "1g", PageCache: "256m"}, ""},
		{"home and port", map[string]string{EnvHome: "/srv/n4j", "XDG_DATA_HOME": "/xdg", EnvPort: "7999"},
			Config{Dir: "/srv/n4j", Port: 7999, Heap: "1g", PageCache: "256m"}, ""},
		{"sizes", map[string]string{EnvHome: "/srv/n4j", EnvHeap: "2g", EnvPageCache: "512m"},
			Config{Dir: "/srv/n4j", Port: 7687, Heap: "2g", PageCache: "512m"}, ""},
		{"password from env wins over file", map[string]string{EnvHome: stateWithPW, EnvPassword: "env-secret-1"},
			Config{Dir: stateWithPW, Port: 7687, Heap: "1g", PageCache: "256m", Password: "env-secret-1"}, ""},
		{"password from file", map[string]string{EnvHome: stateWithPW},
			Config{Dir: stateWithPW, Port: 7687, Heap: "1g", PageCache: "256m", Password: "stored-secret-1"}, ""},
		{"bad port", map[string]string{EnvHome: "/srv/n4j", EnvPort: "http"}, Config{}, "DIPGRAPH_NEO4J_PORT=\"http\""},
		{"port out of range", map[string]string{EnvHome: "/srv/n4j", EnvPort: "70000"}, Config{}, "not a TCP port"},
		{"bad heap", map[string]string{EnvHome: "/srv/n4j", EnvHeap: "1g -XX:+Evil"}, Config{}, "heap size"},
		{"bad page cache", map[string]string{EnvHome: "/srv/n4j", EnvPageCache: "lots"}, Config{}, "page cache size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			t.Setenv("HOME", home)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got := DefaultConfig()
			if tt.wantErr != "" {
				if got.Err() == nil || !strings.Contains(got.Err().Error(), tt.wantErr) {
					t.Fatalf("Err() = %v, want it to mention %q", got.Err(), tt.wantErr)
				}
				if _, err := CurrentStatus(context.Background(), got); err == nil {
					t.Errorf("CurrentStatus accepted a config with Err() = %v", got.Err())
				}
				return
			}
			if got.Err() != nil {
				t.Fatal(got.Err())
			}
			got.err = nil
			if got != tt.want {
				t.Errorf("DefaultConfig() = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestResolveConn(t *testing.T) {
	state := t.TempDir()
	pwFile := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pwFile, []byte("from-file-pw\nignored second line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		want    Conn
		wantErr string
	}{
		{"managed default", map[string]string{EnvHome: state},
			Conn{URI: "bolt://127.0.0.1:7687", User: "neo4j", Database: "neo4j", Managed: true}, ""},
		{"managed port and password", map[string]string{EnvHome: state, EnvPort: "7700", EnvPassword: "managed-pw", EnvDatabase: "other"},
			Conn{URI: "bolt://127.0.0.1:7700", User: "neo4j", Password: "managed-pw", Database: "other", Managed: true}, ""},
		{"external", map[string]string{EnvURI: "neo4j://db:7687", EnvUser: "alice", EnvPassword: "pw1", EnvDatabase: "news"},
			Conn{URI: "neo4j://db:7687", User: "alice", Password: "pw1", Database: "news"}, ""},
		{"external defaults", map[string]string{EnvURI: "bolt://db"},
			Conn{URI: "bolt://db", User: "neo4j", Database: "neo4j"}, ""},
		{"external password file", map[string]string{EnvURI: "bolt://db", EnvPasswordFile: pwFile},
			Conn{URI: "bolt://db", User: "neo4j", Password: "from-file-pw", Database: "neo4j"}, ""},
		{"external password env wins", map[string]string{EnvURI: "bolt://db", EnvPassword: "env", EnvPasswordFile: pwFile},
			Conn{URI: "bolt://db", User: "neo4j", Password: "env", Database: "neo4j"}, ""},
		{"external password file missing", map[string]string{EnvURI: "bolt://db", EnvPasswordFile: "/nonexistent/pw"},
			Conn{}, "/nonexistent/pw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := ResolveConn()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("ResolveConn() = %+v\nwant %+v", got, tt.want)
			}
			uri, user, pw, db, managed := FromEnv()
			if (Conn{uri, user, pw, db, managed}) != tt.want {
				t.Errorf("FromEnv() = %v %v %v %v %v, want %+v", uri, user, pw, db, managed, tt.want)
			}
		})
	}
}

func TestEffectivePassword(t *testing.T) {
	dir := t.TempDir()
	cfg := Config{Dir: dir}
	if _, err := ManagedPassword(cfg); err == nil {
		t.Fatal("ManagedPassword before any start: want an error")
	}
	gen, err := effectivePassword(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(gen) < 30 {
		t.Errorf("generated password %d chars, want >= 30", len(gen))
	}
	fi, err := os.Stat(cfg.passwordFile())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %v, want 0600", fi.Mode().Perm())
	}
	again, err := effectivePassword(cfg)
	if err != nil || again != gen {
		t.Errorf("second call = %q, %v; want the stored %q", again, err, gen)
	}
	if got, err := ManagedPassword(cfg); err != nil || got != gen {
		t.Errorf("ManagedPassword = %q, %v; want %q", got, err, gen)
	}
	cfg.Password = "explicit-pw"
	if got, err := effectivePassword(cfg); err != nil || got != "explicit-pw" {
		t.Errorf("explicit = %q, %v", got, err)
	}
	if got, _ := ManagedPassword(Config{Dir: dir}); got != "explicit-pw" {
		t.Errorf("explicit password not stored for later: file holds %q", got)
	}
	for _, bad := range []string{"pw7", "has\nnewline-pw"} {
		if _, err := effectivePassword(Config{Dir: dir, Password: bad}); err == nil {
			t.Errorf("password %q accepted", bad)
		} else if strings.Contains(err.Error(), bad) {
			t.Errorf("error quotes the password: %v", err)
		}
	}
}

func TestURI(t *testing.T) {
	for _, tt := range []struct {
		port int
		want string
	}{{0, "bolt://127.0.0.1:7687"}, {7688, "bolt://127.0.0.1:7688"}} {
		if got := URI(Config{Port: tt.port}); got != tt.want {
			t.Errorf("URI(port %d) = %q, want %q", tt.port, got, tt.want)
		}
	}
}

func TestStartErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("no dir", func(t *testing.T) {
		if _, err := Start(ctx, Config{}); err == nil || !strings.Contains(err.Error(), "Dir is empty") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("java missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := Start(ctx, Config{Dir: t.TempDir(), Port: 1})
		if !errors.Is(err, ErrJavaMissing) || !strings.Contains(err.Error(), "apt-get install openjdk-17-jre-headless") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("mvn missing", func(t *testing.T) {
		bin := t.TempDir()
		if err := os.WriteFile(filepath.Join(bin, "java"), []byte("#!/bin/sh\nexit 1\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PATH", bin)
		port := freePort(t)
		_, err := Start(ctx, Config{Dir: t.TempDir(), Port: port})
		if !errors.Is(err, ErrMavenMissing) {
			t.Errorf("err = %v, want ErrMavenMissing", err)
		}
	})
	t.Run("port in use", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		bin := t.TempDir()
		os.WriteFile(filepath.Join(bin, "java"), []byte("#!/bin/sh\nexit 1\n"), 0o755)
		t.Setenv("PATH", bin)
		_, err = Start(ctx, Config{Dir: t.TempDir(), Port: port})
		if !errors.Is(err, ErrPortInUse) || !strings.Contains(err.Error(), strconv.Itoa(port)) {
			t.Errorf("err = %v, want ErrPortInUse naming port %d", err, port)
		}
	})
}

func TestStatusStalePIDFile(t *testing.T) {
	dir := t.TempDir()
	cfg := Config{Dir: dir, Port: 7777}
	// Our own pid is alive but not a launcher: must not count as running.
	os.WriteFile(cfg.pidFile(), []byte(strconv.Itoa(os.Getpid())+" 7777\n"), 0o644)
	st, err := CurrentStatus(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.PID != 0 || st.URI != "bolt://127.0.0.1:7777" || st.DataDir != filepath.Join(dir, "data") {
		t.Errorf("status = %+v", st)
	}
	if err := Stop(context.Background(), cfg); err != nil {
		t.Errorf("Stop of a stale instance: %v", err)
	}
	if _, err := os.Stat(cfg.pidFile()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale pid file kept: %v", err)
	}
}

func TestParsePIDFile(t *testing.T) {
	tests := []struct {
		in         string
		pid, port  int
		wantErrMsg string
	}{
		{"123 7687\n", 123, 7687, ""},
		{"  9 1 ", 9, 1, ""},
		{"123\n", 0, 0, "got 1 fields"},
		{"x 7687", 0, 0, "bad pid"},
		{"-1 7687", 0, 0, "bad pid"},
		{"12 0", 0, 0, "bad port"},
		{"", 0, 0, "0 fields"},
	}
	for _, tt := range tests {
		pid, port, err := parsePIDFile([]byte(tt.in))
		if tt.wantErrMsg != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErrMsg) {
				t.Errorf("parsePIDFile(%q) err = %v, want %q", tt.in, err, tt.wantErrMsg)
			}
			continue
		}
		if err != nil || pid != tt.pid || port != tt.port {
			t.Errorf("parsePIDFile(%q) = %d, %d, %v", tt.in, pid, port, err)
		}
	}
}

func FuzzParsePIDFile(f *testing.F) {
	for _, s := range []string{"123 7687\n", "", "1 1", "99999999999999999999 1", "1 65536"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		pid, port, err := parsePIDFile(b)
		if err != nil {
			return
		}
		if pid < 1 || port < 1 || port > 65535 {
			t.Fatalf("parsePIDFile(%q) = %d, %d without error", b, pid, port)
		}
	})
}

func TestTailScrubsSecret(t *testing.T) {
	f := filepath.Join(t.TempDir(), "log")
	var b strings.Builder
	for i := range 40 {
		b.WriteString("line " + strconv.Itoa(i) + " s3cret-value\n")
	}
	os.WriteFile(f, []byte(b.String()), 0o600)
	got := tailFile(f, 3, "s3cret-value")
	if strings.Contains(got, "s3cret") || !strings.Contains(got, "line 39 ***") || strings.Contains(got, "line 36") {
		t.Errorf("tail = %q", got)
	}
	if got := tailFile(filepath.Join(t.TempDir(), "none"), 3, ""); !strings.Contains(got, "no such file") {
		t.Errorf("tail of a missing file = %q", got)
	}
}

func TestUpToDate(t *testing.T) {
	dir := t.TempDir()
	hash := sourceHash()
	if _, ok := upToDate(dir, hash); ok {
		t.Fatal("empty dir is up to date")
	}
	jar := filepath.Join(t.TempDir(), "dep.jar")
	os.WriteFile(jar, nil, 0o644)
	os.MkdirAll(filepath.Join(dir, "target/classes/dipgraph"), 0o755)
	os.WriteFile(filepath.Join(dir, classFile), nil, 0o644)
	os.WriteFile(filepath.Join(dir, classpathName), []byte(jar+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, stampName), []byte(hash+"\n"), 0o644)
	cp, ok := upToDate(dir, hash)
	if !ok || cp != filepath.Join(dir, "target/classes")+":"+jar {
		t.Fatalf("upToDate = %q, %v", cp, ok)
	}
	if _, ok := upToDate(dir, "other-hash"); ok {
		t.Error("changed sources counted as up to date")
	}
	os.Remove(jar)
	if _, ok := upToDate(dir, hash); ok {
		t.Error("missing jar (cleaned ~/.m2) counted as up to date")
	}
}

func TestEmbeddedLauncher(t *testing.T) {
	for _, f := range launcherFiles {
		b, err := launcherFS.ReadFile("launcher/" + f)
		if err != nil || len(b) == 0 {
			t.Fatalf("embedded %s: %v", f, err)
		}
	}
	pom, _ := launcherFS.ReadFile("launcher/pom.xml")
	if !strings.Contains(string(pom), "<neo4j.version>5.26.") {
		t.Error("pom.xml does not pin a Neo4j 5.26.x")
	}
}
