package com.lockvue.bench.loadgen;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A tiny HTTP/1.1 keep-alive server on 127.0.0.1 that keeps the raw bytes of the requests it gets. */
final class TestServer implements AutoCloseable {

    /** How to answer request number n (counted over all connections, from 0). */
    record Reply(int status, long delayMs, boolean chunked, boolean close) {
        static Reply ok() {
            return new Reply(200, 0, false, false);
        }
    }

    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger count = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket server;
    private final IntFunction<Reply> replies;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());

    TestServer(IntFunction<Reply> replies) throws IOException {
        this.replies = replies;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        Thread accept = new Thread(this::accept, "test-server");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    private void accept() {
        try {
            while (true) {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                sockets.add(s);
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s), "test-conn");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException closed) {
            // done
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                int contentLength = 0;
                StringBuilder line = new StringBuilder();
                boolean any = false;
                while (true) { // head, line by line, up to the empty line
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    any = true;
                    raw.write(b);
                    if (b == '\n') {
                        String l = line.toString().strip();
                        if (l.isEmpty()) {
                            break;
                        }
                        if (l.toLowerCase().startsWith("content-length:")) {
                            contentLength = Integer.parseInt(l.substring(15).strip());
                        }
                        line.setLength(0);
                    } else {
                        line.append((char) b);
                    }
                }
                if (!any) {
                    return;
                }
                raw.write(in.readNBytes(contentLength));
                requests.add(raw.toString(StandardCharsets.UTF_8));
                Reply reply = replies.apply(count.getAndIncrement());
                if (reply.delayMs() > 0) {
                    Thread.sleep(reply.delayMs());
                }
                String body = "{\"ok\":" + (reply.status() < 300) + "}";
                StringBuilder r = new StringBuilder("HTTP/1.1 " + reply.status() + " X\r\nContent-Type: application/json\r\n");
                if (reply.close()) {
                    r.append("Connection: close\r\n");
                }
                if (reply.chunked()) {
                    r.append("Transfer-Encoding: chunked\r\n\r\n");
                    r.append("3\r\n").append(body, 0, 3).append("\r\n");
                    r.append(Integer.toHexString(body.length() - 3)).append(";ext=1\r\n").append(body.substring(3))
                            .append("\r\n0\r\n\r\n");
                } else {
                    r.append("Content-Length: ").append(body.length()).append("\r\n\r\n").append(body);
                }
                out.write(r.toString().getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (reply.close()) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // connection gone
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
