package neo4jserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Timeouts used when the context has no earlier deadline.
const (
	// StartTimeout bounds the wait for Bolt after the JVM was launched
	// (the Maven build before it is bounded only by ctx).
	StartTimeout = 3 * time.Minute
	// StopTimeout is how long Stop waits after SIGTERM before SIGKILL.
	StopTimeout = 60 * time.Second
)

// ErrPortInUse is wrapped by Start when the Bolt port is held by a process
// other than this instance.
var ErrPortInUse = errors.New("port already in use")

// jvmFlags are the JVM options of the launcher besides heap size. The
// --add-opens give Neo4j 5 on JDK 17 the reflective access it asks for:
// without java.nio the page cache logs "Reflection access to
// java.nio.DirectByteBuffer is not available, using fallback mode", without
// java.io and sun.nio.ch the transaction log's native fadvise calls fail
// ("Incorrect file descriptor"). The rest follow Neo4j's own neo4j.conf,
// except the collector: the parallel (throughput) collector rather than
// G1. The managed instance serves batch loads on one machine, where
// throughput matters more than pause times: BenchmarkWriteBatch at batch
// 5,000 wrote 15,164 and 15,188 relationships/s with it against 12,731 and
// 12,978 with G1 (two alternating rounds, median of runs 4–8 of each after
// a restart, 2026-11-24); a larger young generation (NewRatio=1) did not
// help.
var jvmFlags = []string{
	"-XX:+UseParallelGC",
	"-XX:-OmitStackTraceInFastThrow",
	"-XX:+ExitOnOutOfMemoryError",
	"-XX:+DisableExplicitGC",
	"-Djdk.nio.maxCachedBufferSize=1024",
	"-Dio.netty.tryReflectionSetAccessible=true",
	"-Dlog4j2.disable.jmx=true",
	"-Dfile.encoding=UTF-8",
	"--add-opens=java.base/java.nio=ALL-UNNAMED",
	"--add-opens=java.base/java.io=ALL-UNNAMED",
	"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
}

// Status describes the managed instance.
type Status struct {
	Running bool
	PID     int    // 0 when not running
	Port    int    // port of the running instance, else the configured one
	URI     string // bolt://127.0.0.1:Port
	Dir     string // state directory
	DataDir string // Dir/data (Neo4j's databases and transaction logs)
	LogFile string // Dir/neo4j.log (launcher stdout/stderr); Neo4j's debug log is Dir/logs/debug.log
}

// Start makes sure the instance described by cfg runs and answers Bolt with
// cfg's password, and returns its status. If it already runs it returns at
// once (an error if it runs on another port than cfg.Port). Otherwise it
// builds the launcher if needed (Maven; ctx bounds the build), launches the
// JVM detached (own session, stdout and stderr to Dir/neo4j.log, pid in
// Dir/neo4j.pid) so it outlives the caller, and waits until Bolt accepts the
// password (at most StartTimeout, or ctx's deadline). Concurrent Starts on
// the same Dir, from any process, are serialised by a lock file.
func Start(ctx context.Context, cfg Config) (*Status, error) {
	cfg = cfg.withDefaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	unlock, err := lockFile(ctx, cfg.lockFile())
	if err != nil {
		return nil, err
	}
	defer unlock()
	logf := func(format string, args ...any) {
		fmt.Fprintf(cfg.Log, "neo4jserver: "+format+"\n", args...)
	}

	java, err := exec.LookPath("java")
	if err != nil {
		return nil, ErrJavaMissing
	}
	if st := status(cfg); st.Running {
		if st.Port != cfg.Port {
			return nil, fmt.Errorf("neo4jserver: the instance in %s already runs on port %d (pid %d), not %d: stop it first", cfg.Dir, st.Port, st.PID, cfg.Port)
		}
		password, err := ManagedPassword(cfg)
		if err != nil {
			return nil, err
		}
		if err := waitBolt(ctx, st.URI, password, 30*time.Second, nil); err != nil {
			return nil, fmt.Errorf("neo4jserver: the instance in %s runs (pid %d) but does not accept the password: %w (log: %s)", cfg.Dir, st.PID, err, st.LogFile)
		}
		return st, nil
	}
	if err := portFree(cfg.Port); err != nil {
		return nil, err
	}
	password, err := effectivePassword(cfg)
	if err != nil {
		return nil, err
	}
	classpath, err := ensureBuilt(ctx, cfg.buildDir(), logf)
	if err != nil {
		return nil, err
	}

	lf, err := os.OpenFile(cfg.logFile(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	defer lf.Close()
	logStart, _ := lf.Seek(0, io.SeekEnd)
	fmt.Fprintf(lf, "==== dipgraph neo4jserver: starting %s on port %d at %s\n", launcherClass, cfg.Port, time.Now().Format(time.RFC3339))

	args := append([]string{"-Xms" + cfg.Heap, "-Xmx" + cfg.Heap}, jvmFlags...)
	args = append(args, "-cp", classpath, launcherClass,
		"--home", cfg.Dir, "--port", strconv.Itoa(cfg.Port), "--pagecache", cfg.PageCache)
	cmd := exec.Command(java, args...)
	cmd.Dir = cfg.Dir
	cmd.Env = append(withoutEnv(os.Environ(), EnvPassword), EnvPassword+"="+password)
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	logf("starting Neo4j on %s (data in %s, log in %s)", URI(cfg), cfg.dataDir(), cfg.logFile())
	began := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("neo4jserver: launching %s: %w", java, err)
	}
	pid := cmd.Process.Pid
	// exited yields the launcher's exit once and is closed after it, so that
	// killWait returns at once when waitReady has already taken the value (a
	// launcher that fails at start-up used to leave Start waiting forever).
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); close(exited) }() // reaps the child if it dies while we live
	if err := writeFileAtomic(cfg.pidFile(), fmt.Appendf(nil, "%d %d\n", pid, cfg.Port), 0o644); err != nil {
		killWait(pid, exited)
		return nil, err
	}

	wctx, cancel := context.WithTimeout(ctx, StartTimeout)
	defer cancel()
	err = waitReady(wctx, cfg.logFile(), logStart, exited)
	if err == nil {
		// READY: the password is set, so an authentication failure is final.
		err = waitBolt(wctx, URI(cfg), password, StartTimeout, exited)
	}
	if err != nil {
		killWait(pid, exited)
		os.Remove(cfg.pidFile())
		return nil, fmt.Errorf("neo4jserver: Neo4j did not come up on %s: %w; %s ends with:\n%s",
			URI(cfg), err, cfg.logFile(), tailFrom(cfg.logFile(), logStart, 25, password))
	}
	logf("Neo4j ready on %s after %s (pid %d)", URI(cfg), time.Since(began).Round(100*time.Millisecond), pid)
	return status(cfg), nil
}

// Stop stops the instance: SIGTERM (the launcher shuts Neo4j down cleanly),
// then SIGKILL if it has not exited after StopTimeout or at ctx's deadline.
// Stopping an instance that is not running is not an error.
func Stop(ctx context.Context, cfg Config) error {
	cfg = cfg.withDefaults()
	if err := cfg.check(); err != nil {
		return err
	}
	if _, err := os.Stat(cfg.Dir); err != nil {
		return nil // never started
	}
	unlock, err := lockFile(ctx, cfg.lockFile())
	if err != nil {
		return err
	}
	defer unlock()
	st := status(cfg)
	if !st.Running {
		os.Remove(cfg.pidFile())
		return nil
	}
	fmt.Fprintf(cfg.Log, "neo4jserver: stopping Neo4j (pid %d)\n", st.PID)
	if err := syscall.Kill(st.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("neo4jserver: signalling pid %d: %w", st.PID, err)
	}
	wctx, cancel := context.WithTimeout(ctx, StopTimeout)
	defer cancel()
	if !waitGone(wctx, st.PID) {
		fmt.Fprintf(cfg.Log, "neo4jserver: pid %d did not exit after SIGTERM; sending SIGKILL\n", st.PID)
		syscall.Kill(st.PID, syscall.SIGKILL)
		kctx, kcancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer kcancel()
		if !waitGone(kctx, st.PID) {
			return fmt.Errorf("neo4jserver: pid %d survived SIGKILL", st.PID)
		}
	}
	os.Remove(cfg.pidFile())
	return nil
}

// CurrentStatus reports whether the instance of cfg runs (its pid file names
// a live launcher JVM for cfg.Dir). It does not contact Bolt. (The name is
// not Status because that is the type.)
func CurrentStatus(ctx context.Context, cfg Config) (*Status, error) {
	cfg = cfg.withDefaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	return status(cfg), nil
}

func status(cfg Config) *Status {
	st := &Status{Port: cfg.Port, Dir: cfg.Dir, DataDir: cfg.dataDir(), LogFile: cfg.logFile()}
	if b, err := os.ReadFile(cfg.pidFile()); err == nil {
		if pid, port, err := parsePIDFile(b); err == nil && isLauncher(pid, cfg.Dir) {
			st.Running, st.PID, st.Port = true, pid, port
		}
	}
	st.URI = fmt.Sprintf("bolt://127.0.0.1:%d", st.Port)
	return st
}

// parsePIDFile parses "PID PORT\n".
func parsePIDFile(b []byte) (pid, port int, err error) {
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0, 0, fmt.Errorf("pid file: want \"PID PORT\", got %d fields", len(f))
	}
	pid, err = strconv.Atoi(f[0])
	if err != nil || pid < 1 {
		return 0, 0, fmt.Errorf("pid file: bad pid %q", f[0])
	}
	port, err = parsePort(f[1])
	if err != nil {
		return 0, 0, fmt.Errorf("pid file: bad port %q: %w", f[1], err)
	}
	return pid, port, nil
}

// isLauncher reports whether pid is a live (not zombie) launcher JVM for
// dir, so that a stale pid file whose pid was reused is not mistaken for it.
func isLauncher(pid int, dir string) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	if i := bytes.LastIndexByte(stat, ')'); i < 0 || i+2 >= len(stat) || stat[i+2] == 'Z' || stat[i+2] == 'X' {
		return false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return false
	}
	args := strings.Split(string(cmdline), "\x00")
	var isClass, isHome bool
	for i, a := range args {
		isClass = isClass || a == launcherClass
		isHome = isHome || (a == "--home" && i+1 < len(args) && args[i+1] == dir)
	}
	return isClass && isHome
}

// alive reports whether pid exists and is not a zombie.
func alive(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	i := bytes.LastIndexByte(stat, ')')
	return i >= 0 && i+2 < len(stat) && stat[i+2] != 'Z' && stat[i+2] != 'X'
}

func waitGone(ctx context.Context, pid int) bool {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for alive(pid) {
		select {
		case <-ctx.Done():
			return !alive(pid)
		case <-t.C:
		}
	}
	return true
}

// killWait ends a child launched by this process and reaps it.
func killWait(pid int, exited <-chan error) {
	syscall.Kill(pid, syscall.SIGTERM)
	select {
	case <-exited:
		return
	case <-time.After(StopTimeout):
	}
	syscall.Kill(pid, syscall.SIGKILL)
	<-exited
}

// portFree fails with ErrPortInUse when something listens on 127.0.0.1:port.
func portFree(port int) error {
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("neo4jserver: %s: %w by another process (not the dipgraph Neo4j): stop it, or choose another port with %s", addr, ErrPortInUse, EnvPort)
	}
	return l.Close()
}

// waitReady polls the launcher's log from offset on until it prints its
// READY line (nil), a FAILED line or exits (error), or ctx ends.
func waitReady(ctx context.Context, logFile string, offset int64, exited <-chan error) error {
	for {
		if b, err := os.ReadFile(logFile); err == nil && int64(len(b)) >= offset {
			for _, line := range strings.Split(string(b[offset:]), "\n") {
				if strings.HasPrefix(line, "READY ") {
					return nil
				}
				if strings.HasPrefix(line, "FAILED ") {
					return fmt.Errorf("the launcher reported %q", strings.TrimPrefix(line, "FAILED "))
				}
			}
		}
		select {
		case err := <-exited:
			return fmt.Errorf("the launcher exited (%v) before it was ready", err)
		case <-ctx.Done():
			return fmt.Errorf("the launcher printed no READY line: %w", ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// waitBolt polls until uri accepts the password, the launcher exits, ctx
// ends or timeout passes.
func waitBolt(ctx context.Context, uri, password string, timeout time.Duration, exited <-chan error) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	drv, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(DefaultUser, password, ""))
	if err != nil {
		return err
	}
	defer drv.Close(context.Background())
	var last error
	for {
		actx, acancel := context.WithTimeout(ctx, 5*time.Second)
		last = drv.VerifyConnectivity(actx)
		acancel()
		if last == nil {
			return nil
		}
		var nerr *neo4j.Neo4jError
		if errors.As(last, &nerr) && nerr.IsAuthenticationFailed() {
			return fmt.Errorf("authentication failed for user %s (%s)", DefaultUser, nerr.Code)
		}
		select {
		case err := <-exited:
			return fmt.Errorf("the launcher exited (%v)", err)
		case <-ctx.Done():
			return fmt.Errorf("no Bolt answer within %s (last: %v)", timeout, last)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func withoutEnv(env []string, key string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, key+"=") {
			out = append(out, kv)
		}
	}
	return out
}

// tailFile returns the last n lines of file, with secret (if not empty)
// replaced by "***".
func tailFile(file string, n int, secret string) string {
	return tailFrom(file, 0, n, secret)
}

// tailFrom is tailFile restricted to the bytes from offset on.
func tailFrom(file string, offset int64, n int, secret string) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	if offset > 0 && offset <= int64(len(b)) {
		b = b[offset:]
	}
	const maxBytes = 16 << 10
	if len(b) > maxBytes {
		b = b[len(b)-maxBytes:]
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	s := "\t" + strings.Join(lines, "\n\t")
	if secret != "" {
		s = strings.ReplaceAll(s, secret, "***")
	}
	return s
}

// lockFile takes an exclusive flock on name, polling so that ctx can cancel
// the wait. The returned func releases it.
func lockFile(ctx context.Context, name string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("neo4jserver: %w", err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("neo4jserver: locking %s: %w", name, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("neo4jserver: waiting for lock %s: %w", name, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
