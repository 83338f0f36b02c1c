package com.lockvue.adapter.webhook;

import com.lockvue.application.port.out.WebhookSender;
import com.lockvue.domain.webhook.WebhookUrl;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers over Vert.x's HTTP client. The host is resolved here and every address checked ({@link TargetGuard});
 * the connection then goes to the address that was checked, with the URL's host as Host header, TLS server name and
 * the name the certificate must match, so a second DNS answer cannot send it elsewhere. Redirects are not followed
 * (a 3xx is a failed attempt), the response body is not read, connection and response are bounded in time.
 */
public final class VertxWebhookSender implements WebhookSender {
    private static final String USER_AGENT = "LockVue-Webhooks/1";

    private final HttpClient client;
    private final TargetGuard guard;
    private final Duration connectTimeout;
    private final Duration responseTimeout;

    public VertxWebhookSender(Vertx vertx, TargetGuard guard, Duration connectTimeout, Duration responseTimeout) {
        this.guard = guard;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxPoolSize(16));
    }

    @Override
    public Result send(Request request) {
        long started = System.nanoTime();
        WebhookUrl url = request.url();
        InetAddress target;
        try {
            target = checkedAddress(url);
        } catch (Refused refused) {
            return new Result(null, refused.getMessage(), elapsed(started));
        }
        long timestamp = request.timestamp().getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(url.port(), target.getHostAddress()))
                .setHost(url.host())
                .setPort(url.port())
                .setSsl(url.https())
                .setURI(url.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(responseTimeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", USER_AGENT)
                .putHeader("webhook-id", request.messageId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature",
                        StandardWebhookSignature.header(request.messageId(), timestamp, request.body(), request.secrets()));
        CompletableFuture<Integer> status = new CompletableFuture<>();
        CompletableFuture<HttpClientRequest> sent = new CompletableFuture<>();
        client.request(options).onSuccess(req -> {
            sent.complete(req);
            req.send(request.body()).onSuccess(response -> {
                status.complete(response.statusCode());
                // Only the status matters: drop the body and the connection rather than read what a receiver sends
                // (the reset this causes is expected, not an error to log).
                response.exceptionHandler(expected -> { });
                req.reset();
            }).onFailure(status::completeExceptionally);
        }).onFailure(status::completeExceptionally);
        try {
            return new Result(status.get(connectTimeout.plus(responseTimeout).toMillis(), TimeUnit.MILLISECONDS), null,
                    elapsed(started));
        } catch (TimeoutException e) {
            sent.thenAccept(HttpClientRequest::reset);
            return new Result(null, "no response within " + connectTimeout.plus(responseTimeout).toSeconds() + " s",
                    elapsed(started));
        } catch (ExecutionException e) {
            return new Result(null, describe(e.getCause()), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", elapsed(started));
        }
    }

    private InetAddress checkedAddress(WebhookUrl url) throws Refused {
        Optional<String> byForm = guard.refusalOf(url);
        if (byForm.isPresent()) {
            throw new Refused("refused: URL " + byForm.get());
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.host());
        } catch (UnknownHostException e) {
            throw new Refused("host " + url.host() + " not found");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = guard.refusalOf(address);
            if (why.isPresent()) {
                throw new Refused("refused: " + url.host() + " " + why.get());
            }
        }
        return addresses[0];
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    public void close() {
        client.close();
    }

    private static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
