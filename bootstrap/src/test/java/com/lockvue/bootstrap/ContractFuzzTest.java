package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.ForgedTokens;
import com.lockvue.bootstrap.support.Gen;
import com.lockvue.bootstrap.support.Http;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import io.quarkus.test.junit.QuarkusTest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpResponse;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Contract-driven fuzzing: thousands of malformed or hostile requests, spread over every operation of
 * openapi.yaml, drawn from a fixed seed (replay a failure with {@code -Dlockvue.fuzz.seed=...}; change the volume
 * with {@code -Dlockvue.fuzz.cases=...}). Each answer must be a 4xx problem+json that the contract allows (the
 * RESPONSE_CHECK filter), never a 5xx; a request that asks for a change must be refused; and at the end the
 * stored data must be exactly as before, with only failure events added to the audit trail.
 *
 * <p>Why not jqwik: a jqwik {@code @Property} runs on jqwik's own JUnit Platform engine, outside the Quarkus test
 * extension, so it could neither start nor share the one application this suite runs; and jqwik's generators
 * cannot be used from a Jupiter test either (combined generators need jqwik's lifecycle and throw
 * OutsideJqwikException). A small seeded generator ({@link Gen}) does the job inside the application; there is
 * no shrinking, so the failure report names the operation, the mutation and the request instead.
 */
@QuarkusTest
class ContractFuzzTest {
    private static final long SEED = Long.getLong("lockvue.fuzz.seed", 0x10C4_F0E5L);
    /** 10,000 hostile requests in every run of the suite; fewer for a quick local try: -Dlockvue.fuzz.cases=500. */
    private static final int CASES = Integer.getInteger("lockvue.fuzz.cases", 10_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters no identifier, serial number, device id or nonce of the contract may contain. */
    private static final String ILLEGAL = "!@#$%^&*()+=/\\'\";<>?,~`é中🔑\u0000\n\t\u202e\uFEFF";

    @Inject
    DataSource dataSource;

    private String baseUri;

    private Owner owner;
    private Owner stranger;
    private Phone phone;
    private final Map<String, String> own = new LinkedHashMap<>();
    private final Map<String, String> foreign = new LinkedHashMap<>();

    /** One hostile request, and whether the contract says it must be refused (it asks for a change). */
    record Hostile(String operation, String mutation, String method, String path, Map<String, String> headers,
            byte[] body, boolean mustBeRefused) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return operation + "/" + mutation + " " + method + " " + abbreviate(path) + " " + headers.keySet()
                    + " body=" + abbreviate(text);
        }
    }

    @Test
    void hostileRequestsToEveryOperationAreRefusedAsProblemsAndChangeNothing() {
        baseUri = RestAssured.baseURI + ":" + RestAssured.port;
        prepareTwoAccounts();
        List<Operation> operations = operations();
        Gen<Hostile> hostile = Gen.oneOf(operations.stream()
                .flatMap(op -> op.mutations().stream()).toList());
        Gen<Hostile> generator = hostile;
        Random random = new Random(SEED);

        DatabaseState before = DatabaseState.of(dataSource);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> perOperation = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Instant started = Instant.now();
        for (int i = 0; i < CASES; i++) {
            Hostile request = generator.next(random);
            perOperation.merge(request.operation(), 1, Integer::sum);
            long t0 = System.nanoTime();
            String failure = send(request, statuses);
            millis.merge(request.operation() + "/" + request.mutation().replaceAll(":.*", ""),
                    (System.nanoTime() - t0) / 1_000_000, Long::sum);
            if (failure != null) {
                failures.add("#" + i + " " + failure + "\n    " + request.describe());
            }
        }
        DatabaseState after = DatabaseState.of(dataSource);
        System.out.printf("Contract fuzz: %d requests (seed %d) in %ds; statuses %s; per operation %s%n", CASES, SEED,
                Duration.between(started, Instant.now()).toSeconds(), statuses, perOperation);
        System.out.println("Slowest kinds (total ms): " + millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());

        assertThat(perOperation).as("every operation of the contract is fuzzed").hasSize(42);
        assertThat(failures).as("%d of %d requests were answered wrongly; first ones:%n%s", failures.size(), CASES,
                failures.stream().limit(25).collect(Collectors.joining("\n"))).isEmpty();
        assertThat(after.tables()).as("no stored data changed").isEqualTo(before.tables());
        assertThat(after.successEvents()).as("no successful action was audited").isEqualTo(before.successEvents());
    }

    /**
     * Sends one request with the JDK's client (REST Assured refuses to send some of these bodies) and checks the
     * answer, also against the contract as the RESPONSE_CHECK filter does; returns what was wrong, or null.
     */
    private String send(Hostile request, Map<String, Integer> statuses) {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.put("X-Forwarded-For", randomClientAddress(request));
        HttpResponse<String> response;
        try {
            response = Http.send(baseUri + request.path(), request.method(), headers, request.body()).raw();
        } catch (java.io.UncheckedIOException e) {
            statuses.merge("io-error", 1, Integer::sum);
            return "no answer: " + e.getCause();
        }
        int status = response.statusCode();
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        String text = response.body();
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (status >= 500) {
            return "server error " + status + ": " + abbreviate(text);
        }
        if (request.mustBeRefused() && status < 400) {
            return "accepted (" + status + ") although it must be refused";
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(text);
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        String rawPath = URI.create(baseUri + request.path()).getRawPath();
        ValidationReport report = Api.RESPONSE_VALIDATOR.validateResponse(rawPath,
                com.atlassian.oai.validator.model.Request.Method.valueOf(request.method()), answer.build());
        if (report.hasErrors()) {
            return "answer breaks the contract: " + abbreviate(report.getMessages().toString());
        }
        if (status >= 400) {
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " answered as '" + type + "', not problem+json: " + abbreviate(text);
            }
            JsonPath problem = new JsonPath(text);
            if (problem.getInt("status") != status
                    || !("urn:lockvue:problem:" + problem.getString("code")).equals(problem.getString("type"))) {
                return "inconsistent problem: " + abbreviate(text);
            }
            if (text.contains("Exception") || text.contains("\tat ") || text.contains("org.hibernate")) {
                return "problem leaks internals: " + abbreviate(text);
            }
            if (status == 429 && response.headers().firstValue("Retry-After").isEmpty()) {
                return "429 without Retry-After";
            }
        }
        return null;
    }

    /** Login limits count per address: spread the fuzz over many, so that it reaches validation, not only 429. */
    private static String randomClientAddress(Hostile request) {
        int h = request.describe().hashCode();
        return "100.64." + Math.floorMod(h >> 8, 256) + "." + Math.floorMod(h, 254) + 1;
    }

    // ---- The world the fuzz runs in: an account with data, and another account it must not reach. ----

    private void prepareTwoAccounts() {
        owner = Owner.signUp().enableUniqueCodes();
        own.put("lock", owner.activateLock("Fuzz door"));
        JsonPath code = owner.createCode("Fuzz code");
        own.put("code", code.getString("id"));
        own.put("permission", owner.share(own.get("code"), "MAINTENANCE", own.get("lock")).get(0));
        own.put("apiKey", owner.createApiKey("Fuzz integration", "FULL").getString("id"));
        phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);

        stranger = Owner.signUp().enableUniqueCodes();
        foreign.put("lock", stranger.activateLock("Stranger door"));
        foreign.put("code", stranger.createCode("Stranger code").getString("id"));
        foreign.put("permission", stranger.share(foreign.get("code"), "RESTRICTED", foreign.get("lock")).get(0));
        foreign.put("apiKey", stranger.createApiKey("Stranger integration", "READ_ONLY").getString("id"));
        // Endpoints subscribed to what the fuzz never changes, so nothing is queued for them.
        own.put("endpoint", owner.request().body(Map.of("url", "http://127.0.0.1:9/fuzz", "eventTypes",
                List.of("device.released"))).post("/api/v1/webhook-endpoints").then().statusCode(201)
                .extract().path("endpoint.id"));
        foreign.put("endpoint", stranger.request().body(Map.of("url", "http://127.0.0.1:9/stranger", "eventTypes",
                List.of("device.released"))).post("/api/v1/webhook-endpoints").then().statusCode(201)
                .extract().path("endpoint.id"));
    }

    enum Auth { NONE, ADMIN, CODE_SESSION, EITHER }

    /** A body field: how to write a valid value, and values the contract refuses. */
    record Field(String name, boolean required, Supplier<Object> valid, Gen<Object> invalid) {
    }

    record Operation(String id, String method, String template, String idKind, Auth auth, List<Field> body,
            Gen<String> query, Set<String> methodsOnPath) {

        boolean mutates() {
            return !method.equals("GET");
        }

        List<Gen<Hostile>> mutations() {
            List<Gen<Hostile>> all = new ArrayList<>();
            if (auth != Auth.NONE) {
                all.add(BAD_TOKENS.get().map(t -> hostile(this, "token:" + t.getKey(), ownId(), t.getValue(), validBody(), null,
                        true)));
            }
            if (idKind != null) {
                all.add(FUZZ.get().badIds(idKind).map(id -> hostile(this, "id", id, goodToken(), validBody(), null, true)));
            }
            if (body != null) {
                List<Field> required = body.stream().filter(Field::required).toList();
                all.add(required.isEmpty()
                        ? Gen.create(() -> hostile(this, "empty-object", ownId(), goodToken(),
                                new LinkedHashMap<>(), null, true))
                        : Gen.of(required).map(f -> {
                            Map<String, Object> b = validBody();
                            b.remove(f.name());
                            return hostile(this, "missing:" + f.name(), ownId(), goodToken(), b, null, true);
                        }));
                all.add(Gen.oneOf(Gen.of("__proto__", "constructor", "id", "accountId", "admin",
                                "isAdmin", "owner", "groups", "createdAt"), Gen.anyString(0, 40))
                        .filter(k -> body.stream().noneMatch(f -> f.name().equals(k)))
                        .flatMap(k -> anyJson().map(v -> {
                            Map<String, Object> b = validBody();
                            b.put(k, v);
                            return hostile(this, "extra-field", ownId(), goodToken(), b, null, true);
                        })));
                all.add(Gen.of(body).flatMap(f -> Gen.oneOf(f.invalid(), wrongType(f, f.required())).map(v -> {
                    Map<String, Object> b = validBody();
                    b.put(f.name(), v);
                    return hostile(this, "invalid:" + f.name(), ownId(), goodToken(), b, null, true);
                })));
                all.add(malformedJson(json(validBody())).map(raw -> hostile(this, "malformed-json", ownId(), goodToken(),
                        null, raw, true)));
                all.add(Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=xyz", "application/octet-stream", "application/problem+json",
                                "text/html; charset=utf-8", "image/png")
                        .map(type -> {
                            Hostile h = hostile(this, "content-type", ownId(), goodToken(), validBody(), null, true);
                            h.headers().put("Content-Type", type);
                            return h;
                        }));
            }
            if (query != null) {
                all.add(query.map(q -> {
                    Hostile h = hostile(this, "query", ownId(), goodToken(), null, null, false);
                    return new Hostile(h.operation(), h.mutation(), h.method(), h.path() + "?" + q, h.headers(), null,
                            false);
                }));
            }
            all.add(Gen.of(Set.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                            .filter(m -> !methodsOnPath.contains(m)).sorted().toList())
                    .map(m -> {
                        Hostile h = hostile(this, "method", ownId(), goodToken(), validBody(), null, true);
                        return new Hostile(h.operation(), "method:" + m, m, h.path(), h.headers(), h.body(), true);
                    }));
            return all;
        }

        private String ownId() {
            return idKind == null ? null : FUZZ.get().own.get(idKind);
        }

        private String goodToken() {
            return auth == Auth.NONE ? null : auth == Auth.ADMIN ? FUZZ.get().owner.token : FUZZ.get().phone.token();
        }

        private Map<String, Object> validBody() {
            if (body == null) {
                return null;
            }
            Map<String, Object> b = new LinkedHashMap<>();
            body.forEach(f -> b.put(f.name(), f.valid().get()));
            return b;
        }

        /**
         * Values of another JSON type. An explicit null is only sent to required fields: the server reads a null
         * optional field as absent (lenient, though the contract marks none nullable), which is not a refusal.
         */
        private Gen<Object> wrongType(Field f, boolean nullIsWrong) {
            Object sample = f.valid().get();
            List<Object> others = new ArrayList<>(List.of(0, -1, Long.MIN_VALUE, new java.math.BigInteger("9".repeat(40)),
                    1.5e308, true, false, List.of(), List.of(1, 2), Map.of(), Map.of("a", 1)));
            if (nullIsWrong) {
                others.add(null);
            }
            if (!(sample instanceof String)) {
                others.add("a string");
                others.add("");
            }
            if (sample instanceof Boolean) {
                others.removeIf(o -> o instanceof Boolean);
            }
            if (sample instanceof List) {
                others.remove(List.of()); // an empty list is a list: whether it is allowed is the field's own rule
            }
            return Gen.of(others.toArray());
        }
    }

    private static Hostile hostile(Operation op, String mutation, String id, String token, Map<String, Object> body,
            byte[] raw, boolean mustBeRefused) {
        String path = op.template().replace("{id}", id == null ? "" : encode(id));
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", token.startsWith("!") ? token.substring(1) : "Bearer " + token);
        }
        byte[] bytes = raw != null ? raw : body == null ? null : json(body);
        if (bytes != null) {
            headers.put("Content-Type", "application/json");
        }
        return new Hostile(op.id(), mutation, op.method(), path, headers, bytes, mustBeRefused);
    }

    // ---- The operations of openapi.yaml, with their fields and what the contract refuses in each. ----

    /** The test instance, for the operations' generators (JUnit runs one test method at a time here). */
    private static final ThreadLocal<ContractFuzzTest> FUZZ = new ThreadLocal<>();

    private static final ThreadLocal<Gen<Map.Entry<String, String>>> BAD_TOKENS_HOLDER = new ThreadLocal<>();
    private static final Supplier<Gen<Map.Entry<String, String>>> BAD_TOKENS = BAD_TOKENS_HOLDER::get;

    private List<Operation> operations() {
        FUZZ.set(this);
        String admin = owner.token;
        String session = phone.token();
        // A token value starting with '!' is sent as the whole Authorization header; null sends none.
        List<Map.Entry<String, String>> tokens = new ArrayList<>(List.of(
                new java.util.AbstractMap.SimpleEntry<>("absent", (String) null), Map.entry("empty-bearer", "!Bearer "), Map.entry("basic", "!Basic dXNlcjpwYXNzd29yZA=="),
                Map.entry("garbage", "not.a.jwt"), Map.entry("one-part", "eyJhbGciOiJFUzI1NiJ9"),
                Map.entry("huge", "A".repeat(8000)),
                Map.entry("expired", ForgedTokens.expired(admin)), Map.entry("wrong-issuer", ForgedTokens.wrongIssuer(admin)),
                Map.entry("unknown-key", ForgedTokens.unknownKey(admin)), Map.entry("alg-none", ForgedTokens.algNone(admin)),
                Map.entry("hs256-public-key", ForgedTokens.hs256WithPublicKey(admin)),
                Map.entry("flipped-payload", ForgedTokens.flipped(admin, 1, 20)),
                Map.entry("flipped-signature", ForgedTokens.flipped(admin, 2, 7)),
                Map.entry("session-promoted-unknown-key", ForgedTokens.unknownKey(
                        ForgedTokens.resigned(session, c -> c))),
                Map.entry("expired-session", ForgedTokens.expired(session)),
                Map.entry("session-alg-none", ForgedTokens.algNone(session)),
                Map.entry("unknown-api-key", "lvk_" + "A".repeat(43)),
                Map.entry("api-key-spare-bits", "lvk_" + "A".repeat(42) + "B"),
                Map.entry("api-key-short", "lvk_abc")));
        BAD_TOKENS_HOLDER.set(Gen.of(tokens));

        Supplier<Object> future = () -> Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Gen<String> notUuid = notUuids();
        Supplier<Object> soon = () -> Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Gen<Object> badStarts = Gen.of("now", "2020-01-01T00:00:00Z", Instant.now().minusSeconds(60).toString(),
                Instant.now().plus(400, ChronoUnit.DAYS).toString(), "2030-01-01T00:00:00", "");
        Supplier<Object> window = () -> List.of(Map.of("days", List.of("MONDAY", "FRIDAY"), "start", "09:00", "end",
                "17:00"));
        Gen<Object> badWindows = Gen.of(
                List.of(Map.of("days", List.of(), "start", "09:00", "end", "17:00")),
                List.of(Map.of("days", List.of("FUNDAY"), "start", "09:00", "end", "17:00")),
                List.of(Map.of("days", List.of("monday"), "start", "09:00", "end", "17:00")),
                List.of(Map.of("days", List.of("MONDAY", "MONDAY"), "start", "09:00", "end", "17:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "24:00", "end", "17:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "9:00", "end", "17:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "09:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "09:00:30", "end", "17:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "09:00")),
                List.of(Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "17:00", "extra", 1)),
                java.util.Collections.nCopies(29, Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "17:00")));
        Gen<String> badZone = Gen.of("Mars/Olympus_Mons", "UTC+99", "../../etc/passwd", "Europe/", " ",
                "Australia/Brisbane\u0000", "z".repeat(65));

        List<Operation> ops = new ArrayList<>();
        ops.add(op("signUp", "POST", "/api/v1/accounts", null, Auth.NONE, List.of(
                new Field("accountName", true, () -> "Fuzz Ltd", Gen.oneOf(Gen.just(""), tooLong(100))),
                new Field("email", true, () -> "fuzz-" + UUID.randomUUID() + "@example.com",
                        Gen.oneOf(tooLong(254), Gen.of("no-at-sign", "a@b", "two@@example.com",
                                "sp ace@example.com", "@example.com", "ctrl\u0007@example.com"))),
                new Field("password", true, () -> "correct horse battery",
                        Gen.oneOf(Gen.alpha(0, 9), tooLong(128))),
                new Field("timeZone", false, () -> "UTC", badZone.map(z -> z))), null));
        ops.add(op("logIn", "POST", "/api/v1/auth/login", null, Auth.NONE, List.of(
                new Field("email", true, () -> "nobody-" + UUID.randomUUID() + "@example.com", tooLong(254)),
                new Field("password", true, () -> "wrong password", tooLong(128))), null));
        // Never a valid logout or password change: every logOut sent carries a bad token, and every password change
        // names a wrong current password, so the fuzz owner's session survives the run.
        ops.add(op("logOut", "POST", "/api/v1/auth/logout", null, Auth.ADMIN, null, null));
        ops.add(op("changePassword", "POST", "/api/v1/me/password", null, Auth.ADMIN, List.of(
                new Field("currentPassword", true, () -> "not the current password", tooLong(128)),
                new Field("newPassword", true, () -> "a brand new passphrase",
                        Gen.oneOf(Gen.alpha(0, 7), tooLong(128)))), null));
        ops.add(op("getMe", "GET", "/api/v1/me", null, Auth.ADMIN, null, junkQuery()));
        ops.add(op("getSettings", "GET", "/api/v1/settings", null, Auth.ADMIN, null, junkQuery()));
        ops.add(op("updateSettings", "PATCH", "/api/v1/settings", null, Auth.ADMIN, List.of(
                new Field("uniqueCodesEnabled", false, () -> true, Gen.of("true", "yes", 1).map(v -> v)),
                new Field("timeZone", false, () -> "UTC", badZone.map(z -> z))), null));
        ops.add(op("listLocks", "GET", "/api/v1/locks", null, Auth.ADMIN, null,
                listQuery(Map.of("search", Gen.oneOf(Gen.chars(' ', '\uD7FF', 101, 300),
                        Gen.of("%", "_", "\\", "' OR 1=1 --", "中文", "\u0000"))))));
        ops.add(op("activateLock", "POST", "/api/v1/locks", null, Auth.ADMIN, List.of(
                new Field("serialNumber", true, () -> "LV-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase(),
                        Gen.oneOf(Gen.of("", "ab", "-ABC", "A".repeat(33), "'; DROP TABLE locks;--"),
                                withIllegal(Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 4, 20)))),
                new Field("name", true, () -> "Fuzzed door", Gen.oneOf(Gen.just(""), tooLong(100)))),
                null));
        ops.add(op("getLock", "GET", "/api/v1/locks/{id}", "lock", Auth.ADMIN, null, junkQuery()));
        ops.add(op("getTrustAnchors", "GET", "/api/v1/locks/{id}/trust-anchors", "lock", Auth.ADMIN, null, junkQuery()));
        ops.add(op("issueLockCommand", "POST", "/api/v1/locks/{id}/unlock-commands", "lock", Auth.EITHER, List.of(
                new Field("nonce", true, () -> "AAAAAAAAAAAAAAAAAAAAAA", Gen.oneOf(
                        Gen.alpha(21, 21), Gen.alpha(23, 23),
                        Gen.of("AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAA+/", ""),
                        withIllegal(Gen.alpha(21, 21)))),
                new Field("action", true, () -> "UNLOCK", Gen.of("OPEN", "unlock", "Unlock", "", "UNLOCK ",
                        "ADMIN"))), null));
        ops.add(op("listUniqueCodes", "GET", "/api/v1/unique-codes", null, Auth.ADMIN, null,
                listQuery(Map.of("status", Gen.of("DELETED", "active", "", "ACTIVE,EXPIRED", "%00")))));
        ops.add(op("createUniqueCode", "POST", "/api/v1/unique-codes", null, Auth.ADMIN, List.of(
                new Field("description", true, () -> "Fuzz visitor", Gen.oneOf(Gen.just(""),
                        tooLong(200))),
                new Field("expiresAt", true, future, Gen.of("tomorrow", "2020-01-01T00:00:00Z",
                        "2999-01-01T00:00:00Z", "2030-01-01T00:00:00", "2030-02-30T00:00:00Z", "1700000000", "",
                        "+999999999-12-31T23:59:59Z", "2030-01-01T00:00:00+25:00",
                        Instant.now().plus(200, ChronoUnit.DAYS).toString(), Instant.now().minusSeconds(1).toString())),
                new Field("startsAt", false, soon, badStarts),
                new Field("weeklyWindows", false, window, badWindows),
                new Field("maxUnlocks", false, () -> 3, Gen.of(0, -1, 10_001).map(v -> (Object) v)),
                new Field("expiresMinutesAfterFirstUnlock", false, () -> 15, Gen.of(0, -5, 44_641).map(v -> (Object) v))),
                null));
        // Every change below is refused (each carries one bad field, token, id or type), so the code keeps its terms.
        ops.add(op("updateUniqueCode", "PATCH", "/api/v1/unique-codes/{id}", "code", Auth.ADMIN, List.of(
                new Field("description", false, () -> "Fuzz visitor, changed", Gen.oneOf(Gen.just(""), tooLong(200))),
                new Field("startsAt", false, soon, badStarts),
                new Field("expiresAt", false, future, Gen.of("tomorrow", "2020-01-01T00:00:00Z", "",
                        Instant.now().plus(400, ChronoUnit.DAYS).toString())),
                new Field("weeklyWindows", false, window, badWindows),
                new Field("maxUnlocks", false, () -> 5, Gen.of(0, -1, 10_001).map(v -> (Object) v)),
                new Field("expiresMinutesAfterFirstUnlock", false, () -> 30, Gen.of(0, 44_641).map(v -> (Object) v))),
                null));
        ops.add(op("suspendUniqueCode", "PUT", "/api/v1/unique-codes/{id}/suspension", "code", Auth.ADMIN, null, null));
        ops.add(op("resumeUniqueCode", "DELETE", "/api/v1/unique-codes/{id}/suspension", "code", Auth.ADMIN, null,
                null));
        ops.add(op("diagnoseUniqueCode", "GET", "/api/v1/unique-codes/{id}/diagnosis", "code", Auth.ADMIN, null,
                listQuery(Map.of("lockId", notUuid, "action", Gen.of("OPEN", "unlock", "", "UNLOCK,TIME_SYNC")))));
        ops.add(op("getUniqueCode", "GET", "/api/v1/unique-codes/{id}", "code", Auth.ADMIN, null, junkQuery()));
        ops.add(op("deleteUniqueCode", "DELETE", "/api/v1/unique-codes/{id}", "code", Auth.ADMIN, null, null));
        ops.add(op("releaseDevice", "DELETE", "/api/v1/unique-codes/{id}/device", "code", Auth.ADMIN, null, null));
        ops.add(op("listPermissions", "GET", "/api/v1/permissions", null, Auth.ADMIN, null,
                listQuery(Map.of("lockId", notUuid, "uniqueCodeId", notUuid))));
        ops.add(op("shareLocks", "POST", "/api/v1/permissions", null, Auth.ADMIN, List.of(
                new Field("lockIds", true, () -> List.of(own.get("lock")), Gen.oneOf(
                        Gen.just(List.of()),
                        Gen.just(List.of(own.get("lock"), own.get("lock"))),
                        Gen.just(List.of(own.get("lock"), foreign.get("lock"))),
                        Gen.just(IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList()),
                        notUuid.map(bad -> List.of(own.get("lock"), bad)),
                        Gen.create(() -> List.of(UUID.randomUUID().toString())))
                        .map(v -> (Object) v)),
                new Field("recipient", true, () -> Map.of("type", "UNIQUE_CODE", "uniqueCodeId", own.get("code")),
                        Gen.oneOf(
                                Gen.of(Map.of("type", "USER", "uniqueCodeId", own.get("code")),
                                        Map.of("type", "UNIQUE_CODE", "uniqueCodeId", foreign.get("code")),
                                        Map.of("type", "UNIQUE_CODE"), Map.of("uniqueCodeId", own.get("code")),
                                        Map.of("type", "UNIQUE_CODE", "uniqueCodeId", own.get("code"), "admin", true),
                                        Map.of("type", "unique_code", "uniqueCodeId", own.get("code"))),
                                notUuid.map(bad -> Map.of("type", "UNIQUE_CODE", "uniqueCodeId", bad)))
                                .map(v -> (Object) v)),
                new Field("level", true, () -> "RESTRICTED", Gen.of("ADMIN", "OWNER", "restricted", "", " RESTRICTED"))),
                null));
        ops.add(op("revokePermission", "DELETE", "/api/v1/permissions/{id}", "permission", Auth.ADMIN, null, null));
        ops.add(op("codeLogin", "POST", "/api/v1/code-login", null, Auth.NONE, List.of(
                new Field("code", true, () -> "ZZZZ-ZZZZ-ZZZZ", Gen.oneOf(tooLong(64),
                        Gen.anyString(0, 64), Gen.of("' OR '1'='1", "%", "____-____-____",
                                "0000-0000-0000", "ＡＢＣＤ-ＥＦＧＨ-ＪＫＭＮ"))),
                new Field("deviceId", true, () -> "fuzz-device-" + UUID.randomUUID(), Gen.oneOf(
                        Gen.alpha(0, 7), tooLong(128),
                        withIllegal(Gen.alpha(8, 30))))), null));
        ops.add(op("renameCodeSessionDevice", "PATCH", "/api/v1/code-session/device", null, Auth.CODE_SESSION,
                List.of(new Field("deviceName", true, () -> "Fuzz phone", Gen.oneOf(Gen.of("", "   ", "tab\there",
                        "bell\u0007"), tooLong(60)))), null));
        ops.add(op("getPublicTrustAnchors", "GET", "/api/v1/trust-anchors", null, Auth.NONE, null, junkQuery()));
        ops.add(op("listCodeSessionLocks", "GET", "/api/v1/code-session/locks", null, Auth.CODE_SESSION, null,
                junkQuery()));
        ops.add(op("listAuditEvents", "GET", "/api/v1/audit-events", null, Auth.ADMIN, null,
                listQuery(Map.of("lockId", notUuid, "uniqueCodeId", notUuid,
                        "action", Gen.of("DROP", "code_login", "", "LOCK_COMMAND_ISSUED;"),
                        "from", Gen.of("yesterday", "2030-13-01T00:00:00Z", "0", "-999999999-01-01T00:00Z"),
                        "to", Gen.of("2030-01-01", "+1000000000-01-01T00:00:00Z", "null")))));

        ops.add(op("listApiKeys", "GET", "/api/v1/api-keys", null, Auth.ADMIN, null, listQuery(Map.of())));
        ops.add(op("createApiKey", "POST", "/api/v1/api-keys", null, Auth.ADMIN, List.of(
                new Field("name", true, () -> "Fuzz key", Gen.oneOf(Gen.just(""), tooLong(100))),
                new Field("scope", true, () -> "READ_ONLY", Gen.of("read_only", "ADMIN", "", "FULL ", "WRITE")),
                new Field("expiresAt", false, future, Gen.of("tomorrow", "2020-01-01T00:00:00Z", "1700000000", "",
                        "+999999999-12-31T23:59:59Z", Instant.now().minusSeconds(1).toString()))), null));
        ops.add(op("revokeApiKey", "DELETE", "/api/v1/api-keys/{id}", "apiKey", Auth.ADMIN, null, null));
        Gen<Object> badUrls = Gen.oneOf(Gen.of("", "ftp://hooks.example.com/", "hooks.example.com/x",
                "http://169.254.169.254/latest", "http://10.0.0.1/", "http://[::ffff:192.168.0.1]/",
                "https://user:pw@hooks.example.com/", "https://hooks.example.com/#frag", "javascript:alert(1)"),
                tooLong(2000));
        Gen<Object> badTypes = Gen.of(List.of(), List.of("unique_code.made"), List.of("webhook.test"),
                List.of("settings.changed", "settings.changed"), List.of(""), List.of(1)).map(v -> v);
        ops.add(op("listWebhookEndpoints", "GET", "/api/v1/webhook-endpoints", null, Auth.ADMIN, null, junkQuery()));
        ops.add(op("createWebhookEndpoint", "POST", "/api/v1/webhook-endpoints", null, Auth.ADMIN, List.of(
                new Field("url", true, () -> "https://hooks.example.com/lockvue", badUrls),
                new Field("description", false, () -> "Fuzz PMS", tooLong(200)),
                new Field("eventTypes", true, () -> List.of("unique_code.created"), badTypes)), null));
        ops.add(op("getWebhookEndpoint", "GET", "/api/v1/webhook-endpoints/{id}", "endpoint", Auth.ADMIN, null,
                junkQuery()));
        ops.add(op("updateWebhookEndpoint", "PATCH", "/api/v1/webhook-endpoints/{id}", "endpoint", Auth.ADMIN, List.of(
                new Field("url", false, () -> "https://hooks.example.com/changed", badUrls),
                new Field("description", false, () -> "Changed", tooLong(200)),
                new Field("eventTypes", false, () -> List.of("device.released"), badTypes),
                new Field("enabled", false, () -> false, Gen.of("false", 0, "no").map(v -> v))), null));
        ops.add(op("deleteWebhookEndpoint", "DELETE", "/api/v1/webhook-endpoints/{id}", "endpoint", Auth.ADMIN, null, null));
        ops.add(op("rotateWebhookSecret", "POST", "/api/v1/webhook-endpoints/{id}/rotate-secret", "endpoint", Auth.ADMIN,
                null, null));
        ops.add(op("sendWebhookTest", "POST", "/api/v1/webhook-endpoints/{id}/test", "endpoint", Auth.ADMIN, null, null));
        ops.add(op("listWebhookDeliveries", "GET", "/api/v1/webhook-endpoints/{id}/deliveries", "endpoint", Auth.ADMIN,
                null, listQuery(Map.of())));
        // A delivery id that exists nowhere: even with every other part valid, there is nothing to redeliver.
        ops.add(op("redeliverWebhook", "POST", "/api/v1/webhook-endpoints/{id}/deliveries/" + UUID.randomUUID()
                + "/redeliver", "endpoint", Auth.ADMIN, null, null));
        ops.add(op("listEvents", "GET", "/api/v1/events", null, Auth.ADMIN, null, listQuery(Map.of("after",
                Gen.oneOf(Gen.anyString(0, 40), Gen.alpha(513, 600), Gen.of(b64("e1:1"), b64("e1:-1:1"),
                        b64("e2:1:1"), b64("e1:99999999999999999999999:1"), b64("e1:1:1\n"), "%00", "===="))))));

        Map<String, Set<String>> methods = ops.stream().collect(Collectors.groupingBy(Operation::template,
                Collectors.mapping(Operation::method, Collectors.toSet())));
        return ops.stream().map(o -> new Operation(o.id(), o.method(), o.template(), o.idKind(), o.auth(), o.body(),
                o.query(), methods.get(o.template()))).toList();
    }

    private static Operation op(String id, String method, String template, String idKind, Auth auth, List<Field> body,
            Gen<String> query) {
        return new Operation(id, method, template, idKind, auth, body, query, Set.of());
    }

    // ---- Value generators. ----

    /** Strings longer than the contract allows (no surrogates, so the length is the same in every count). */
    private static Gen<Object> tooLong(int maxLength) {
        return Gen.oneOf(
                Gen.chars(' ', '\uD7FF', maxLength + 1, maxLength + 300),
                Gen.of("x".repeat(100_000), "é".repeat(maxLength + 1), "🔑".repeat(maxLength + 1)));
    }

    private static Gen<Object> withIllegal(Gen<String> base) {
        return Gen.of(ILLEGAL.codePoints().mapToObj(Character::toString).toList())
                .flatMap(bad -> base.flatMap(s -> Gen.ints(0, s.length())
                        .map(at -> s.substring(0, at) + bad + s.substring(at))));
    }

    private Gen<String> notUuids() {
        return Gen.oneOf(
                Gen.of("", " ", "null", "undefined", "0", "-1", "not-a-uuid", "../locks", "..%2F..%2F",
                        "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
                        UUID.randomUUID() + "x", "{" + UUID.randomUUID() + "}", "1-1-1-1-1", "' OR 1=1 --",
                        UUID.randomUUID().toString().replace("-", ""), "%00", "\u0000", "中文"),
                Gen.anyString(0, 60), Gen.strings("0123456789", 1000, 1000));
    }

    private Gen<String> badIds(String kind) {
        return Gen.oneOf(notUuids().filter(id -> !id.isEmpty()), Gen.create(() -> UUID.randomUUID().toString()),
                Gen.just(foreign.get(kind)),
                // The ids of the other kinds of the same account: a lock id is not a code id, and so on.
                Gen.of(own.entrySet().stream().filter(e -> !e.getKey().equals(kind)).map(Map.Entry::getValue)
                        .toList()));
    }

    private Gen<String> junkQuery() {
        return listQuery(Map.of("unexpected", Gen.anyString(0, 30)));
    }

    /**
     * One to three query parameters, mostly invalid, sometimes unknown, occasionally valid. They stay under the
     * HTTP layer's 4 KiB request-line limit: beyond it Vert.x answers 414 itself, before the application (see
     * docs/security.md).
     */
    private Gen<String> listQuery(Map<String, Gen<String>> special) {
        Map<String, Gen<String>> params = new LinkedHashMap<>(special);
        params.put("limit", Gen.oneOf(Gen.of("0", "-1", "201", "99999999999", "1e3", "1.5", "abc", "",
                "0x10", "+5", "٣"), Gen.ints(-1000, 1000).map(String::valueOf)));
        params.put("cursor", Gen.oneOf(Gen.anyString(0, 40),
                Gen.alpha(600, 600),
                Gen.of(b64("x\nnot-a-uuid"), b64("not-a-date\n" + UUID.randomUUID()), b64("\n"), b64(""),
                        b64("2030-01-01T00:00:00Z\n" + UUID.randomUUID()), b64("a'--\n" + UUID.randomUUID()),
                        "====", "%ZZ")));
        params.put("limit[]", Gen.just("1"));
        List<String> names = new ArrayList<>(params.keySet());
        return Gen.listOf(Gen.of(names), 1, 3).flatMap(chosen -> {
            List<Gen<String>> parts = chosen.stream()
                    .map(name -> params.get(name).map(v -> encode(name) + "=" + encode(v))).toList();
            return combine(parts);
        });
    }

    private static Gen<String> combine(List<Gen<String>> parts) {
        Gen<String> result = Gen.just("");
        for (Gen<String> part : parts) {
            result = result.flatMap(prefix -> part.map(p -> prefix.isEmpty() ? p : prefix + "&" + p));
        }
        return result;
    }

    private static Gen<Object> anyJson() {
        return Gen.oneOf(Gen.of(0, -1, 1.5e300, true, "x", "", List.of(), Map.of("nested", Map.of()))
                        .map(v -> (Object) v),
                Gen.anyString(0, 50).map(v -> (Object) v));
    }

    private static Gen<byte[]> malformedJson(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        Gen<String> broken = Gen.oneOf(
                Gen.ints(0, text.length() - 1).map(n -> text.substring(0, n)),
                Gen.of("{", "}", "[", "nul", "{\"a\":}", "{'a':1}", "\u0000", "[]", "1", "\"text\"", "null",
                        "true", "1e999999", "{\"a\":1,}", text + "}", text + text, text + " garbage",
                        "{\"" + "a".repeat(100_000), "[".repeat(100_000), "{\"a\":".repeat(5_000),
                        text.replace(":", "="), text.replace("\"", "'"), "<xml/>",
                        "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--"));
        return Gen.oneOf(broken.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Gen.just(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '{'}));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, so any string travels as itself. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String flat = text.replace('\n', ' ');
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "...(" + flat.length() + " chars)";
    }
}
