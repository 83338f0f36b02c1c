package com.lockvue.bench.loadgen;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One persistent HTTP/1.1 connection on a blocking socket (TCP_NODELAY), used by one thread only. It reads each
 * response in full: status line (skipping 1xx), headers, then a Content-Length body, a chunked body, or a body up to
 * EOF when the response has neither. It closes when the server says Connection: close (or speaks HTTP/1.0 without
 * keep-alive) and opens a new connection for the next request. A request (connect, send, response) that takes
 * longer than the timeout is aborted by {@link #abortIfOlderThan}, called by a watchdog thread.
 */
final class HttpConnection implements AutoCloseable {

    private static final int MAX_LINE = 64 * 1024;

    private final InetSocketAddress address;
    private final int timeoutMs;
    private final byte[] nonce = new byte[Scenario.NONCE_LENGTH];
    private final byte[] buf = new byte[16 * 1024];
    private byte[] line = new byte[512];
    private int pos;
    private int lim;
    private long received;

    private volatile Socket socket;
    /** System.nanoTime() when the current request was started, 0 between requests; read by the watchdog. */
    private volatile long startedAt;
    private volatile boolean timedOut;
    private BufferedOutputStream out;
    private InputStream in;
    /** Whether this connection already carried a response (so a close before the next one is a keep-alive race). */
    private boolean reused;

    HttpConnection(InetSocketAddress address, int timeoutMs) {
        this.address = address;
        this.timeoutMs = timeoutMs;
    }

    void connect() throws IOException {
        close();
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            // no SO_TIMEOUT: a timed read costs a non-blocking read, a poll and a second read; the watchdog
            // closes the socket of a request past its timeout instead, so a read is one blocking system call
            s.connect(address, timeoutMs);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        out = new BufferedOutputStream(s.getOutputStream(), 8 * 1024);
        in = s.getInputStream();
        pos = 0;
        lim = 0;
        reused = false;
    }

    /**
     * Sends one request of the scenario and reads its response; returns the status code. When a reused connection
     * turns out closed before any byte of the response (not a timeout), it reconnects and sends once more (a new
     * random request).
     */
    int exchange(Scenario scenario, SplittableRandom random) throws IOException {
        timedOut = false;
        startedAt = System.nanoTime() | 1; // never 0
        try {
            if (socket == null) {
                connect();
            }
            try {
                return send(scenario, random);
            } catch (IOException e) {
                if (!reused || received > 0 || timedOut) {
                    throw e;
                }
            }
            connect(); // the server closed the idle keep-alive connection: once more on a new one
            return send(scenario, random);
        } catch (IOException e) {
            close();
            if (timedOut) {
                throw new SocketTimeoutException("no response within " + timeoutMs + " ms");
            }
            throw e;
        } finally {
            startedAt = 0;
        }
    }

    /** Closes the socket when the current request started before {@code deadline} (the watchdog's call). */
    void abortIfOlderThan(long deadline) {
        long started = startedAt;
        if (started != 0 && started - deadline < 0) {
            timedOut = true;
            close();
        }
    }

    private int send(Scenario scenario, SplittableRandom random) throws IOException {
        received = 0;
        scenario.write(out, random, nonce);
        out.flush();
        int status = readResponse();
        reused = true;
        return status;
    }

    private int readResponse() throws IOException {
        int status;
        boolean keepAlive;
        long contentLength;
        boolean chunked;
        do {
            int n = readLine();
            if (n < 12 || !startsWith(line, n, "http/1.") || !digit(line[9]) || !digit(line[10])
                    || !digit(line[11])) {
                throw new IOException("bad status line: " + new String(line, 0, Math.min(n, 80),
                        StandardCharsets.ISO_8859_1));
            }
            status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
            keepAlive = line[7] == '1';
            contentLength = -1;
            chunked = false;
            while ((n = readLine()) > 0) {
                if (startsWith(line, n, "content-length:")) {
                    contentLength = parseDecimal(line, "content-length:".length(), n);
                } else if (startsWith(line, n, "transfer-encoding:")) {
                    chunked = contains(line, n, "chunked");
                } else if (startsWith(line, n, "connection:")) {
                    if (contains(line, n, "close")) {
                        keepAlive = false;
                    } else if (contains(line, n, "keep-alive")) {
                        keepAlive = true;
                    }
                }
            }
        } while (status >= 100 && status < 200 && status != 101);
        if (status == 204 || status == 304) {
            // no body
        } else if (chunked) {
            readChunked();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            while (fill()) {
                pos = lim;
            }
            keepAlive = false;
        }
        if (!keepAlive) {
            close();
        }
        return status;
    }

    private void readChunked() throws IOException {
        for (;;) {
            int n = readLine();
            long size = 0;
            int digits = 0;
            for (int i = 0; i < n && line[i] != ';' && line[i] != ' ' && line[i] != '\t'; i++, digits++) {
                int d = Character.digit(line[i], 16);
                if (d < 0 || digits > 15) {
                    throw new IOException("bad chunk size");
                }
                size = size * 16 + d;
            }
            if (digits == 0) {
                throw new IOException("bad chunk size");
            }
            if (size == 0) {
                while (readLine() > 0) {
                    // trailers
                }
                return;
            }
            skip(size);
            if (readLine() != 0) {
                throw new IOException("no CRLF after a chunk");
            }
        }
    }

    /** Reads one line into {@code line} without its CRLF (or LF); returns its length. */
    private int readLine() throws IOException {
        int n = 0;
        for (;;) {
            if (pos == lim && !fill()) {
                throw new EOFException("connection closed by the server");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
            }
            if (n == line.length) {
                if (n >= MAX_LINE) {
                    throw new IOException("response line longer than " + MAX_LINE);
                }
                line = java.util.Arrays.copyOf(line, n * 2);
            }
            line[n++] = b;
        }
    }

    private void skip(long count) throws IOException {
        while (count > 0) {
            if (pos == lim && !fill()) {
                throw new EOFException("connection closed in the middle of a body");
            }
            int k = (int) Math.min(count, lim - pos);
            pos += k;
            count -= k;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            pos = lim = 0;
            return false;
        }
        received += n;
        pos = 0;
        lim = n;
        return true;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Case-insensitive prefix test against a lower-case ASCII prefix. */
    private static boolean startsWith(byte[] b, int n, String lowerPrefix) {
        int k = lowerPrefix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, int n, String lowerWord) {
        int k = lowerWord.length();
        outer:
        for (int start = 0; start + k <= n; start++) {
            for (int i = 0; i < k; i++) {
                int c = b[start + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lowerWord.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long parseDecimal(byte[] b, int from, int n) throws IOException {
        long v = 0;
        int digits = 0;
        for (int i = from; i < n; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\t') {
                if (digits > 0) {
                    break;
                }
                continue;
            }
            if (!digit(c) || digits > 17) {
                throw new IOException("bad Content-Length");
            }
            v = v * 10 + (c - '0');
            digits++;
        }
        if (digits == 0) {
            throw new IOException("bad Content-Length");
        }
        return v;
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
