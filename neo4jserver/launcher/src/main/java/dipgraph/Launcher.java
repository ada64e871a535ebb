package dipgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;

/**
 * Starts an embedded Neo4j Community DBMS with only the Bolt connector, on
 * 127.0.0.1, with authentication on, and keeps it running until SIGTERM.
 *
 * <p>Usage: {@code Launcher --home DIR --port N [--pagecache 256m] [--password-file FILE]}.
 * The password of user {@code neo4j} comes from the environment variable
 * NEO4J_PASSWORD or from the file named by --password-file; it is never read
 * from the command line and never printed. Before the very first start it is
 * written as the initial password (what {@code neo4j-admin dbms
 * set-initial-password} does), so Bolt never accepts the default password;
 * on every start it is then (re)applied through the system database with
 * {@code ALTER USER}, so the stored password always matches the one the
 * caller holds.
 *
 * <p>Protocol on stdout, one line each: {@code READY bolt://127.0.0.1:PORT}
 * once Bolt accepts connections; {@code FAILED reason} before a non-zero exit;
 * {@code STOPPED} after a clean shutdown.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            run(args, out);
        } catch (UsageException e) {
            out.println("FAILED usage: " + e.getMessage());
            out.flush();
            System.exit(2);
        } catch (Throwable e) {
            out.println("FAILED " + e);
            e.printStackTrace(out);
            out.flush();
            System.exit(1);
        }
    }

    private static void run(String[] args, PrintStream out) throws Exception {
        Path home = null;
        int port = BoltConnector.DEFAULT_PORT;
        long pagecache = ByteUnit.mebiBytes(256);
        Path passwordFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--home" -> home = Path.of(v).toAbsolutePath();
                case "--port" -> port = parsePort(v);
                case "--pagecache" -> pagecache = ByteUnit.parse(v);
                case "--password-file" -> passwordFile = Path.of(v);
                default -> throw new UsageException("unknown argument " + a);
            }
        }
        if (home == null) {
            throw new UsageException("--home DIR is required");
        }
        String password = readPassword(passwordFile);

        Files.createDirectories(home);
        if (!Files.exists(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
            setInitialPassword(home, password, out);
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Shutdown otherwise waits 2 x 5 s for Bolt threads that are idle anyway.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Transaction logs beyond recovery serve incremental backups, which a
                // local instance does not take: the default (2 days) let a test instance
                // reach 3.8 GB of logs for a 41 MB store.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.log_queries_parameter_logging_enabled, false)
                // Memory tracking accounts for every allocation of a transaction's
                // state so that per-transaction limits can be enforced; a local
                // instance that serves batches of bounded size does without it:
                // BenchmarkWriteBatch at batch 5,000 wrote 3.7-11.7% more
                // relationships/s without it (three alternating restarts, medians
                // of runs 6-10 of each, 2026-12-06). A transaction too large for
                // the heap now ends the JVM (ExitOnOutOfMemoryError) instead of
                // failing alone.
                .setConfig(GraphDatabaseSettings.memory_tracking, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("STOPPING");
            out.flush();
            dbms.shutdown();
            out.println("STOPPED");
            out.flush();
            stopped.countDown();
        }, "dipgraph-shutdown"));

        setPassword(dbms, password);
        password = null;
        awaitBolt(port, 60_000);
        out.println("READY bolt://" + HOST + ":" + port);
        out.flush();
        stopped.await();
    }

    private static int parsePort(String v) throws UsageException {
        try {
            int p = Integer.parseInt(v);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new UsageException("--port must be 1..65535, got " + v);
    }

    private static String readPassword(Path file) throws IOException, UsageException {
        String pw;
        if (file != null) {
            pw = Files.readString(file, StandardCharsets.UTF_8).strip();
        } else {
            pw = System.getenv("NEO4J_PASSWORD");
        }
        if (pw == null || pw.isEmpty()) {
            throw new UsageException("no password: set NEO4J_PASSWORD or pass --password-file FILE");
        }
        if (pw.length() < 8) {
            throw new UsageException("password is shorter than the 8 characters Neo4j requires");
        }
        return pw;
    }

    /** Writes data/dbms/auth.ini, read once when the system database is created. */
    private static void setInitialPassword(Path home, String password, PrintStream out) throws IOException {
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            SetInitialPasswordCommand cmd = new SetInitialPasswordCommand(
                    new ExecutionContext(home, home.resolve("conf"), out, out, fs));
            // "--" ends the options: a generated password may begin with '-'.
            CommandLine.populateCommand(cmd, "--", password);
            cmd.execute();
        }
    }

    /** Sets the password of user neo4j; tolerates "already this password". */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (QueryExecutionException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("Old password and new password cannot be the same")) {
                // Never let the driver's message (which does not contain the
                // password, since it is a parameter) hide the cause.
                throw e;
            }
        }
    }

    private static void awaitBolt(int port, long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("bolt did not accept connections on " + HOST + ":" + port, last);
    }

    private static final class UsageException extends Exception {
        UsageException(String msg) {
            super(msg);
        }
    }
}
