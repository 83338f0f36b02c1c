package com.lockvue.bench.loadgen;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open-loop HTTP load generator for bench/run. wrk is closed-loop: a connection sends its next request only when
 * the previous one is answered, so when the server stalls the generator stops sending too and the latencies of the
 * requests it never sent are missing (coordinated omission). Here the offered load is fixed instead: request i is
 * due at t0 + i/rate, whatever the server does. C keep-alive connections (one platform thread each, a blocking
 * socket with TCP_NODELAY) take the next due slot from a shared counter, sleep until it is due (parkNanos), send it
 * and read the whole response. Each request's latency is recorded twice: from its intended (due) time to the end of
 * the response (the corrected histogram, the one to report), and from the moment it was actually sent (uncorrected,
 * what wrk would show). When all connections are busy, due requests wait for one; that wait is part of the corrected
 * latency, as in wrk2, so queueing in front of a slow or stalled server shows in the percentiles. Errors (I/O,
 * timeout) are counted and still record their corrected latency up to the failure; non-2xx responses are counted.
 * The warm-up runs at the same rate and is not recorded. At the end of the recorded duration no new request is
 * started; requests that were due but never sent (the generator, i.e. the server, fell behind) are recorded with
 * their wait up to the end (unsent counts them, behind_ms is how late the oldest was), so an overloaded server shows
 * a huge p99 rather than a flattering one. The corrected figures include the generator's own wake-up delay (about
 * 0.1 ms on an idle loopback, the gap between corrected and uncorrected p50 at low load). requests counts complete
 * responses (any status); rate_achieved is requests / duration. cpu_ms is this process's own CPU time (all threads,
 * JIT and GC included) over the recorded part, to show that the generator stays cheap next to the server.
 */
public final class LoadGen {

    static final String USAGE = "usage: java -jar loadgen.jar --url http://HOST:PORT --scenario unlock|code-login|get"
            + " --file F --rate R --duration SEC [--warmup SEC] [--connections C] [--timeout-ms MS]"
            + " [--path P (get: the path; unlock: the prefix before /{lockId}, default /api/v1/locks)]"
            + " [--histogram OUT.hgrm]";

    private LoadGen() {
    }

    /** The parsed command line, with the scenario's requests already rendered from the file. */
    record Options(InetSocketAddress address, Scenario scenario, double rate, double durationS, double warmupS,
            int connections, int timeoutMs, Path histogram) {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    static int execute(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("loadgen: " + e.getMessage() + "; " + USAGE);
            return 2;
        }
        Result result = run(options);
        out.println(result.resultLine());
        out.print(result.summary());
        out.flush();
        if (options.histogram() != null) {
            try (PrintStream h = new PrintStream(Files.newOutputStream(options.histogram()), false, "US-ASCII")) {
                result.corrected.outputPercentileDistribution(h, 1000.0);
            } catch (IOException e) {
                err.println("loadgen: cannot write " + options.histogram() + ": " + e);
                return 1;
            }
        }
        return 0;
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        List<String> known = List.of("--url", "--scenario", "--file", "--rate", "--duration", "--warmup",
                "--connections", "--timeout-ms", "--path", "--histogram");
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            String value;
            int eq = key.indexOf('=');
            if (key.startsWith("--") && eq > 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(known.contains(key) ? key + " needs a value" : "unknown " + key);
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown argument " + key);
            }
            values.put(key, value);
        }
        for (String required : List.of("--url", "--scenario", "--file", "--rate", "--duration")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        URI url;
        try {
            url = new URI(values.get("--url"));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad --url " + values.get("--url"));
        }
        if (!"http".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("--url must be http://HOST[:PORT]");
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")
                || url.getRawQuery() != null) {
            throw new IllegalArgumentException("--url takes no path (the scenario sets it; get takes --path)");
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        String host = url.getHost();
        String hostHeader = url.getPort() < 0 ? host : host + ":" + port; // as wrk: host:port when the URL has one
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
        String scenarioName = values.get("--scenario");
        String path = values.get("--path");
        if (scenarioName.equals("get")) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("--scenario get needs --path /...");
            }
        } else if (scenarioName.equals("unlock")) {
            if (path != null && (!path.startsWith("/") || path.endsWith("/"))) {
                throw new IllegalArgumentException("--scenario unlock takes --path /prefix (no trailing slash)");
            }
        } else if (path != null) {
            throw new IllegalArgumentException("--path is only for --scenario get and unlock");
        }
        double rate = number(values, "--rate", Double.NaN);
        double duration = number(values, "--duration", Double.NaN);
        double warmup = number(values, "--warmup", 0);
        double connections = number(values, "--connections", 16);
        double timeoutMs = number(values, "--timeout-ms", 5000);
        if (!(rate > 0) || rate > 10_000_000) {
            throw new IllegalArgumentException("--rate must be > 0 requests a second");
        }
        if (!(duration > 0) || !(warmup >= 0) || duration + warmup > 86_400) {
            throw new IllegalArgumentException("--duration must be > 0 and --warmup >= 0 seconds");
        }
        if (connections < 1 || connections > 10_000 || connections != Math.rint(connections)) {
            throw new IllegalArgumentException("--connections must be a whole number from 1 to 10000");
        }
        if (timeoutMs < 1 || timeoutMs > 3_600_000 || timeoutMs != Math.rint(timeoutMs)) {
            throw new IllegalArgumentException("--timeout-ms must be a whole number of milliseconds >= 1");
        }
        Path file = Path.of(values.get("--file"));
        Scenario scenario;
        try {
            scenario = Scenario.load(scenarioName, file, path, hostHeader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --file " + file + ": " + e.getMessage());
        }
        Path histogram = values.containsKey("--histogram") ? Path.of(values.get("--histogram")) : null;
        return new Options(address, scenario, rate, duration, warmup, (int) connections, (int) timeoutMs, histogram);
    }

    private static double number(Map<String, String> values, String key, double otherwise) {
        String v = values.get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new IllegalArgumentException(key + " must be a number, not " + v);
    }

    /** The fixed schedule: slot i is due at t0 + i * intervalNs; slots below warmupSlots are not recorded. */
    static final class Schedule {
        final long t0;
        final double intervalNs;
        final long warmupSlots;
        final long total;
        final AtomicLong next = new AtomicLong();
        volatile boolean stop;

        Schedule(long t0, double rate, double warmupS, double durationS) {
            this.t0 = t0;
            this.intervalNs = 1e9 / rate;
            // slot i is recorded when due >= t0 + warmup, and exists when due < t0 + warmup + duration
            this.warmupSlots = (long) Math.ceil(warmupS * rate - 1e-9);
            this.total = (long) Math.ceil((warmupS + durationS) * rate - 1e-9);
        }

        long due(long slot) {
            return t0 + (long) (slot * intervalNs);
        }
    }

    static final class Worker extends Thread {
        final Schedule schedule;
        final Scenario scenario;
        final HttpConnection connection;
        final SplittableRandom random;
        final Histogram corrected = new Histogram(3);
        final Histogram uncorrected = new Histogram(3);
        long requests;
        long non2xx;
        long errors;
        String firstError;

        Worker(int id, Schedule schedule, Options options, long seed) {
            super("loadgen-" + id);
            setDaemon(true);
            this.schedule = schedule;
            this.scenario = options.scenario();
            this.connection = new HttpConnection(options.address(), options.timeoutMs());
            this.random = new SplittableRandom(seed);
        }

        @Override
        public void run() {
            try {
                connection.connect(); // before t0, so the first requests do not pay for it
            } catch (IOException ignored) {
                // the first request tries again and counts the error
            }
            while (!schedule.stop) {
                long slot = schedule.next.getAndIncrement();
                if (slot >= schedule.total) {
                    break;
                }
                long due = schedule.due(slot);
                parkUntil(due);
                long sent = System.nanoTime();
                int status = 0;
                Exception error = null;
                try {
                    status = connection.exchange(scenario, random);
                } catch (IOException | RuntimeException e) {
                    error = e;
                }
                long end = System.nanoTime();
                if (slot < schedule.warmupSlots) {
                    continue;
                }
                corrected.recordValue(micros(end - due));
                uncorrected.recordValue(micros(end - sent));
                if (error != null) {
                    errors++;
                    if (firstError == null) {
                        firstError = error.toString();
                    }
                } else {
                    requests++;
                    if (status < 200 || status > 299) {
                        non2xx++;
                    }
                }
            }
            connection.close();
        }
    }

    static Result run(Options options) {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        // t0 leaves the connections time to open; the warm-up (if any) absorbs the rest of the start.
        Schedule schedule = new Schedule(start + TimeUnit.MILLISECONDS.toNanos(200), options.rate(),
                options.warmupS(), options.durationS());
        List<Worker> workers = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(System.nanoTime() ^ ProcessHandle.current().pid() * 104729);
        for (int i = 0; i < options.connections(); i++) {
            Worker w = new Worker(i, schedule, options, seeds.nextLong());
            workers.add(w);
            w.start();
        }
        Thread watchdog = new Thread(() -> watch(workers, options.timeoutMs()), "loadgen-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long recordFrom = schedule.t0 + (long) (options.warmupS() * 1e9);
        long end = recordFrom + (long) (options.durationS() * 1e9);
        parkUntil(recordFrom);
        long cpuStart = cpuNanos(os);
        parkUntil(end);
        schedule.stop = true;
        long joinBy = end + TimeUnit.MILLISECONDS.toNanos(2L * options.timeoutMs() + 2000);
        for (Worker w : workers) {
            joinUntil(w, joinBy);
            if (w.isAlive()) { // stuck past its timeouts: abort its request, it then counts as an error
                w.connection.close();
                joinUntil(w, System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
            }
        }
        long cpuEnd = cpuNanos(os);
        watchdog.interrupt();

        Result r = new Result();
        r.rateTarget = options.rate();
        r.durationS = options.durationS();
        r.connections = options.connections();
        r.scenario = options.scenario().name;
        r.warmupS = options.warmupS();
        r.cpuNs = cpuStart < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuStart;
        for (Worker w : workers) {
            if (w.isAlive()) {
                r.errors++; // its request never finished; its histograms are still being written, so left out
                continue;
            }
            r.corrected.add(w.corrected);
            r.uncorrected.add(w.uncorrected);
            r.requests += w.requests;
            r.non2xx += w.non2xx;
            r.errors += w.errors;
            if (r.firstError == null) {
                r.firstError = w.firstError;
            }
        }
        // Due but never sent: the wait up to the end is a lower bound of their latency.
        long taken = Math.min(schedule.next.get(), schedule.total);
        if (taken < schedule.total) {
            r.behindMs = (end - schedule.due(taken)) / 1e6;
        }
        for (long slot = Math.max(taken, schedule.warmupSlots); slot < schedule.total; slot++) {
            r.corrected.recordValue(micros(end - schedule.due(slot)));
            r.unsent++;
        }
        return r;
    }

    /** Aborts requests older than the timeout (the sockets have no SO_TIMEOUT, see HttpConnection.connect). */
    private static void watch(List<Worker> workers, int timeoutMs) {
        long timeout = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        long period = TimeUnit.MILLISECONDS.toNanos(Math.max(1, Math.min(100, timeoutMs / 20)));
        while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(period);
            long deadline = System.nanoTime() - timeout;
            for (Worker w : workers) {
                w.connection.abortIfOlderThan(deadline);
            }
        }
    }

    static final class Result {
        final Histogram corrected = new Histogram(3);
        final Histogram uncorrected = new Histogram(3);
        String scenario;
        double rateTarget;
        double durationS;
        double warmupS;
        int connections;
        long requests;
        long non2xx;
        long errors;
        long unsent;
        double behindMs;
        long cpuNs;
        String firstError;

        double rateAchieved() {
            return requests / durationS;
        }

        static double ms(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
        }

        static double maxMs(Histogram h) {
            return h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0;
        }

        String resultLine() {
            return String.format(Locale.ROOT, "RESULT rate_target=%s rate_achieved=%.1f requests=%d non2xx=%d"
                            + " errors=%d p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f"
                            + " uncorrected_p50_ms=%.3f uncorrected_p99_ms=%.3f uncorrected_max_ms=%.3f cpu_ms=%d"
                            + " behind_ms=%.1f unsent=%d",
                    plain(rateTarget), rateAchieved(), requests, non2xx, errors, ms(corrected, 50),
                    ms(corrected, 90), ms(corrected, 99), ms(corrected, 99.9), maxMs(corrected),
                    ms(uncorrected, 50), ms(uncorrected, 99), maxMs(uncorrected),
                    cpuNs < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(cpuNs), behindMs, unsent);
        }

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "loadgen: %s at %s req/s for %s s (warm-up %s s) on %d connections:"
                            + " %d responses (%.1f req/s), %d non-2xx, %d errors%n", scenario, plain(rateTarget),
                    plain(durationS), plain(warmupS), connections, requests, rateAchieved(), non2xx, errors));
            s.append(String.format(Locale.ROOT, "  from the intended send time (CO-corrected): p50 %.3f  p90 %.3f"
                            + "  p99 %.3f  p99.9 %.3f  max %.3f ms%n", ms(corrected, 50), ms(corrected, 90),
                    ms(corrected, 99), ms(corrected, 99.9), maxMs(corrected)));
            s.append(String.format(Locale.ROOT, "  from the actual send time (uncorrected):    p50 %.3f  p99 %.3f"
                    + "  max %.3f ms%n", ms(uncorrected, 50), ms(uncorrected, 99), maxMs(uncorrected)));
            if (cpuNs >= 0) {
                s.append(String.format(Locale.ROOT, "  generator CPU %d ms, %.1f us a request%n",
                        TimeUnit.NANOSECONDS.toMillis(cpuNs), requests + errors == 0 ? 0
                                : cpuNs / 1000.0 / (requests + errors)));
            }
            if (behindMs > 1000) {
                s.append(String.format(Locale.ROOT, "  BEHIND: %d requests that were due were never sent, the oldest"
                        + " %.0f ms late (recorded with their wait up to the end): the server did not keep up%n",
                        unsent, behindMs));
            }
            if (firstError != null) {
                s.append("  first error: ").append(firstError).append(System.lineSeparator());
            }
            return s.toString();
        }

        private static String plain(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }

    static long micros(long nanos) {
        return Math.max(0, nanos / 1000);
    }

    static void parkUntil(long deadline) {
        for (long wait; (wait = deadline - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void joinUntil(Thread t, long deadline) {
        try {
            long wait;
            while (t.isAlive() && (wait = deadline - System.nanoTime()) > 0) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long cpuNanos(java.lang.management.OperatingSystemMXBean os) {
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
