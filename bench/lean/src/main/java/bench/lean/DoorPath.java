package bench.lean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.DeviceName;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The LEAN REFERENCE of bench/run: the product's three door-path requests, doing the same database and signing work
 * and nothing else, to tell how much of what the hardware allows the product reaches. Same paths, bodies, auth and
 * (nearly) the same response JSON; the product's tokens work here and this one's work in the product.
 * Quarkus REST endpoints returning {@code Uni} (so on the Vert.x event loop), the reactive PostgreSQL client (pool
 * of 20, prepared statements cached), no Hibernate, no JTA, no JDBC.
 *
 * <h2>What it does</h2>
 * <ul>
 * <li>{@code POST /api/v1/locks/{lockId}/unlock-commands}: the bearer token verified as the product does (ES256,
 * issuer, expiry, group code-session; verified tokens cached by their exact string until they expire); then
 * ONE joined read (the code, its account's unique-codes setting and time zone, the code's permission for the lock),
 * the product's checks in plain code (code present and not deleted, not expired by effective_expires_at, started,
 * not suspended, bound to the token's device, Unique Codes enabled, the level allows the action); the command
 * signed by the product's own CoseLockCommandSigner (COSE_Sign1, RFC 6979 ES256, its lock-command-keys.p12), valid
 * from now for 60 s and never past the code's expiry; ONE INSERT into audit_events (the columns JpaAuditLog writes
 * for LOCK_COMMAND_ISSUED, SUCCESS or FAILURE) in autocommit: ONE commit. 2 round trips. 201 with the command.</li>
 * <li>{@code POST /api/v1/code-login}: ONE transaction: the per-address counter upsert (PostgresAttemptLimiter's
 * COUNT_ATTEMPT, key code-login:addr:ADDRESS), the code looked up FOR UPDATE by the HMAC of its canonical form
 * (CodeValue.parse, the key CodeSecrets derives), joined with its account's setting, the device binding UPDATE
 * only when the code is unbound, the CODE_LOGIN audit INSERT, ONE COMMIT: BEGIN + 4 (5 when binding) + COMMIT
 * round trips. Then the code-session JWT signed as TokenIssuer does. 200 as the product. The counter row of an
 * address is held from its upsert to the commit, so logins from one address (all of wrk's: 127.0.0.1) run one at a
 * time through that commit; the product holds the same row through the commit of its own counting transaction.</li>
 * <li>{@code GET /api/v1/code-session/locks}: the token as above, then ONE query: the code and its account (the
 * same session checks) joined with its permissions and their locks, ordered as the product orders them (lower(name),
 * id). 1 round trip.</li>
 * <li>{@code GET /health}: 200 without touching the database (the readiness poll).</li>
 * </ul>
 *
 * <h2>What it does not do (the product does)</h2>
 * <ul>
 * <li>Only code-session tokens: the product's owner and API-key callers of the unlock endpoint are not served (401).</li>
 * <li>No rate limits on lock commands (the product upserts two attempt_counters rows a command: per session and per
 * lock), no use-limit counting (the product locks the code row FOR UPDATE and UPDATEs unlocks_used for every
 * UNLOCK), no integrator event outbox rows, no idempotency keys, no RateLimit headers, no metrics, no request ids.</li>
 * <li>Code login: no per-device counter and no forgiving it, no sweep of idle counters, no separate transaction for
 * the address count (the product commits it on its own first), IPv6 addresses are not grouped by /64.</li>
 * <li>No access rules: a code with weekly windows, a use limit or minutes-after-first-unlock is answered 501 (the
 * bench's codes have none); "started" is checked, the time zone is read but not used.</li>
 * <li>Errors are {"status","code","detail"} JSON with the product's status and failure slug, not the full
 * problem+json; a refused login or command is audited with the slug as its reason, not the product's wording.
 * Audit reasons of successes omit the product's " unlocks=N" usage note.</li>
 * </ul>
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DoorPath {
    // ---- unlock: one joined read, one insert
    private static final String UNLOCK_READ = """
            SELECT c.deleted_at, c.effective_expires_at, c.starts_at, c.suspended_at, c.bound_device_id,
                   c.weekly_windows, c.max_unlocks, c.minutes_after_first_unlock,
                   a.unique_codes_enabled, a.time_zone, p.id, p.level
            FROM unique_codes c
            JOIN accounts a ON a.id = c.account_id
            LEFT JOIN permissions p ON p.lock_id = $3 AND p.recipient_type = 'UNIQUE_CODE' AND p.recipient_id = c.id
            WHERE c.id = $1 AND c.account_id = $2""";
    static final String AUDIT_INSERT = """
            INSERT INTO audit_events (id, account_id, occurred_at, actor_type, actor_id, action, outcome, lock_id,
                                      unique_code_id, permission_id, reason, client_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""";
    // ---- code login: counter upsert, lookup, binding, audit, in one transaction
    private static final String COUNT_ATTEMPT = """
            INSERT INTO attempt_counters (bucket_key, window_start, attempts) VALUES ($1, $2, 1)
            ON CONFLICT (bucket_key) DO UPDATE SET
              window_start = CASE WHEN attempt_counters.window_start <= $3 THEN $2
                                  ELSE attempt_counters.window_start END,
              attempts     = CASE WHEN attempt_counters.window_start <= $3 THEN 1
                                  ELSE attempt_counters.attempts + 1 END
            RETURNING window_start, attempts""";
    private static final String LOGIN_READ = """
            SELECT c.id, c.account_id, c.code_hmac, c.description, c.starts_at, c.effective_expires_at, c.suspended_at,
                   c.bound_device_id, c.bound_device_name, c.max_unlocks, c.unlocks_used, a.unique_codes_enabled
            FROM unique_codes c JOIN accounts a ON a.id = c.account_id
            WHERE c.code_hmac = $1 AND c.deleted_at IS NULL
            FOR UPDATE OF c""";
    private static final String BIND_DEVICE = """
            UPDATE unique_codes SET bound_device_id = $2, bound_device_name = $3, device_bound_at = $4,
                                    version = version + 1
            WHERE id = $1 AND bound_device_id IS NULL""";
    // ---- a code session's locks: one query
    private static final String SESSION_LOCKS = """
            SELECT c.deleted_at, c.description, c.starts_at, c.effective_expires_at, c.suspended_at, c.bound_device_id,
                   c.max_unlocks, c.unlocks_used, a.unique_codes_enabled, l.id, l.name, l.serial_number, p.level
            FROM unique_codes c
            JOIN accounts a ON a.id = c.account_id
            LEFT JOIN permissions p ON p.recipient_type = 'UNIQUE_CODE' AND p.recipient_id = c.id
            LEFT JOIN locks l ON l.id = p.lock_id
            WHERE c.id = $1 AND c.account_id = $2
            ORDER BY lower(l.name), l.id""";

    private static final Duration MAX_VALIDITY = Duration.ofSeconds(60);

    final Pool pool;
    private final SessionTokens tokens;
    private final Secrets secrets;
    private final String issuer;
    private final Duration sessionTtl;
    private final int maxAttemptsPerAddress;
    private final Duration loginWindow;

    public DoorPath(Pool pool, ObjectMapper json,
            @ConfigProperty(name = "lean.secrets-dir") String secretsDir,
            @ConfigProperty(name = "lean.lock-command.keystore-password") String keystorePassword,
            @ConfigProperty(name = "lean.lock-command.active-alias") String activeAlias,
            @ConfigProperty(name = "lean.jwt.issuer") String issuer,
            @ConfigProperty(name = "lean.code-session-ttl") Duration sessionTtl,
            @ConfigProperty(name = "lean.code-login.max-attempts-per-address") int maxAttemptsPerAddress,
            @ConfigProperty(name = "lean.code-login.window") Duration loginWindow) {
        this.pool = pool;
        this.secrets = new Secrets(java.nio.file.Path.of(secretsDir), keystorePassword, activeAlias);
        this.tokens = new SessionTokens(json, secrets.tokenPrivateKey, secrets.tokenPublicKey, issuer);
        this.issuer = issuer;
        this.sessionTtl = sessionTtl;
        this.maxAttemptsPerAddress = maxAttemptsPerAddress;
        this.loginWindow = loginWindow;
    }

    // ================================================================ bodies and answers (the product's JSON names)
    public record LockCommandRequest(String nonce, String action) {
    }

    public record LockCommandDto(UUID commandId, String command, String keyId, Instant expiresAt, LockAction action,
            PermissionLevel level) {
    }

    public record CodeLoginRequest(String code, String deviceId, String deviceName) {
    }

    public record CodeSummary(UUID id, String description, Instant startsAt, Instant expiresAt, String status) {
    }

    public record CodeSessionToken(String accessToken, String tokenType, Instant expiresAt, CodeSummary uniqueCode) {
    }

    public record AccessReason(String code, String message, Instant until, Instant since, String subject) {
    }

    public record LockAccess(String state, Instant openUntil, Instant opensAt, List<AccessReason> reasons) {
    }

    public record SharedLock(UUID lockId, String name, String serialNumber, String level, LockAccess access) {
    }

    public record CodeSessionLocks(CodeSummary uniqueCode, List<SharedLock> items) {
    }

    /** A refusal: the product's status and failure slug. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.code = code;
        }

        Response response() {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", status, "code", code, "detail", getMessage())).build();
        }
    }

    private static Refused notAuthenticated() {
        return new Refused(401, "not-authenticated", "A valid code-session bearer token is required");
    }

    private static Refused invalid(DomainFailure failure) {
        return new Refused(400, "validation-failed", failure.getMessage());
    }

    // ================================================================ endpoints
    @GET
    @Path("health")
    public Uni<Response> health() {
        return Uni.createFrom().item(Response.ok(Map.of("status", "UP")).build());
    }

    @POST
    @Path("api/v1/locks/{lockId}/unlock-commands")
    public Uni<Response> unlockCommand(@PathParam("lockId") String lockIdText,
            @HeaderParam("Authorization") String authorization, LockCommandRequest body,
            @Context HttpServerRequest http) {
        Instant now = Instant.now();
        UnlockRequest request;
        try {
            request = unlockRequest(authorization, lockIdText, body, http, now);
        } catch (Refused refused) {
            return Uni.createFrom().item(refused.response());
        }
        SessionTokens.Session session = request.session();
        return pool.preparedQuery(UNLOCK_READ)
                .execute(Tuple.of(session.codeId(), session.accountId(), request.lockId()))
                .flatMap(rows -> {
                    Row row = first(rows);
                    CodeState state = row == null || row.getValue(0) != null ? null
                            : new CodeState(row.getBoolean(8), instant(row, 1), row.getValue(3) != null,
                                    row.getString(4), row.getUUID(10), row.getString(11), row.getString(5),
                                    row.getValue(6), row.getValue(7), instant(row, 2));
                    Object outcome = outcome(state, request);
                    boolean ok = outcome instanceof LockCommandDto;
                    return pool.preparedQuery(AUDIT_INSERT).execute(audit(session.accountId(), now, "UNIQUE_CODE",
                                    session.codeId().toString(), "LOCK_COMMAND_ISSUED", ok, request.lockId(),
                                    session.codeId(), ok ? state.permissionId() : null, auditReason(outcome, ""),
                                    request.client()))
                            .map(inserted -> answer(outcome));
                });
    }

    /** An unlock-command request that passed the token and body checks. */
    record UnlockRequest(SessionTokens.Session session, UUID lockId, Nonce nonce, LockAction action, String client,
            Instant now) {
    }

    /** The token verified and the body read as the product does; a {@link Refused} when either fails. */
    UnlockRequest unlockRequest(String authorization, String lockIdText, LockCommandRequest body,
            HttpServerRequest http, Instant now) {
        SessionTokens.Session session = tokens.verify(authorization, now);
        if (session == null) {
            throw notAuthenticated();
        }
        try {
            if (body == null) {
                throw new Refused(400, "malformed-request", "A JSON body is required");
            }
            UUID lockId = uuid(lockIdText, "lockId");
            Nonce nonce = Nonce.parse(body.nonce());
            LockAction action = body.action() == null ? null : LockAction.valueOf(body.action());
            if (action == null) {
                throw new Refused(400, "validation-failed", "/action is required");
            }
            return new UnlockRequest(session, lockId, nonce, action, clientAddress(http), now);
        } catch (DomainFailure f) {
            throw invalid(f);
        } catch (IllegalArgumentException unknownAction) {
            throw new Refused(400, "validation-failed", "/action is not known");
        }
    }

    /**
     * What the unlock's checks need of the code, its account and its permission for the lock, however it was read;
     * {@code null} for a code that is gone.
     */
    record CodeState(boolean uniqueCodesEnabled, Instant expiry, boolean suspended, String boundDevice,
            UUID permissionId, String level, String weeklyWindows, Object maxUnlocks, Object minutesAfterFirstUnlock,
            Instant startsAt) {
    }

    /** The signed command, or the {@link Refused} that the checks gave. */
    Object outcome(CodeState state, UnlockRequest request) {
        try {
            return issue(state, request.session(), request.lockId(), request.nonce(), request.action(), request.now());
        } catch (Refused refused) {
            return refused;
        }
    }

    /** The audit row's reason, as the product words it for a success (with {@code usage}); the slug for a refusal. */
    static String auditReason(Object outcome, String usage) {
        return outcome instanceof LockCommandDto dto
                ? dto.action() + " level=" + dto.level() + " command=" + dto.commandId() + usage
                : ((Refused) outcome).code;
    }

    static Response answer(Object outcome) {
        return outcome instanceof LockCommandDto ? Response.status(201).entity(outcome).build()
                : ((Refused) outcome).response();
    }

    /** The product's checks, in its order (CodeSessionGuard, IssueLockCommandService); the signed command. */
    private LockCommandDto issue(CodeState state, SessionTokens.Session session, UUID lockId, Nonce nonce,
            LockAction action, Instant now) {
        if (state == null) {
            throw new Refused(401, "code-session-ended", "The Unique Code was deleted");
        }
        if (!state.uniqueCodesEnabled()) {
            throw new Refused(403, "unique-codes-disabled", "Unique Codes are disabled for this account");
        }
        Instant expiry = state.expiry();
        if (!now.isBefore(expiry)) {
            throw new Refused(403, "unique-code-expired", "The Unique Code expired at " + expiry);
        }
        if (state.suspended()) {
            throw new Refused(403, "unique-code-suspended", "The Unique Code is suspended");
        }
        if (!session.deviceId().equals(state.boundDevice())) {
            throw new Refused(401, "code-session-ended", "The device was released from this Unique Code; log in again");
        }
        if (state.permissionId() == null) {
            throw new Refused(404, "lock-not-found", "No lock " + lockId + " is shared with this caller");
        }
        PermissionLevel level = PermissionLevel.valueOf(state.level());
        if (!level.allows(action)) {
            throw new Refused(403, "action-not-permitted",
                    action + " needs " + action.minimumLevel() + " or above; this code has " + level);
        }
        requireNoAccessRules(state.weeklyWindows(), state.maxUnlocks(), state.minutesAfterFirstUnlock());
        Instant startsAt = state.startsAt();
        if (now.isBefore(startsAt)) {
            throw new Refused(403, "unique-code-not-started", "The Unique Code starts at " + startsAt);
        }
        Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = notBefore.plus(MAX_VALIDITY);
        if (expiry.isBefore(expiresAt)) {
            expiresAt = expiry.truncatedTo(ChronoUnit.SECONDS);
        }
        if (!expiresAt.isAfter(notBefore)) {
            throw new Refused(403, "unique-code-expired", "The Unique Code expires within a second");
        }
        UUID commandId = UUID.randomUUID();
        SignedLockCommand signed = secrets.lockCommands.sign(new LockCommandClaims(new LockId(lockId), commandId,
                notBefore, notBefore, expiresAt, action, level, nonce));
        return new LockCommandDto(commandId, B64URL.encodeToString(signed.message()), signed.keyId(),
                signed.expiresAt(), action, level);
    }

    private static final java.util.Base64.Encoder B64URL = java.util.Base64.getUrlEncoder().withoutPadding();

    @POST
    @Path("api/v1/code-login")
    public Uni<Response> codeLogin(CodeLoginRequest body, @Context HttpServerRequest http) {
        Instant now = Instant.now();
        CodeValue code;
        DeviceId device;
        DeviceName deviceName;
        try {
            if (body == null) {
                throw new Refused(400, "malformed-request", "A JSON body is required");
            }
            code = CodeValue.parse(body.code());
            device = new DeviceId(body.deviceId());
            deviceName = DeviceName.parseOptional(body.deviceName());
        } catch (Refused r) {
            return Uni.createFrom().item(r.response());
        } catch (DomainFailure f) {
            return Uni.createFrom().item(invalid(f).response());
        }
        byte[] hash = secrets.lookupHash(code.canonical());
        String client = clientAddress(http);
        String counterKey = "code-login:addr:" + client;
        return pool.withTransaction(conn -> conn.preparedQuery(COUNT_ATTEMPT)
                        .execute(Tuple.of(counterKey, utc(now), utc(now.minus(loginWindow))))
                        .flatMap(counted -> {
                            if (first(counted).getInteger(1) > maxAttemptsPerAddress) {
                                return Uni.createFrom().item((Object) new Refused(429, "too-many-attempts",
                                        "Too many Code Login attempts; try again later"));
                            }
                            return conn.preparedQuery(LOGIN_READ).execute(Tuple.of(Buffer.buffer(hash)))
                                    .flatMap(rows -> {
                                        Row row = first(rows);
                                        if (row != null && !MessageDigest.isEqual(row.getBuffer(2).getBytes(), hash)) {
                                            row = null;
                                        }
                                        Row found = row;
                                        Object outcome;
                                        try {
                                            outcome = admit(found, device, now);
                                        } catch (Refused refused) {
                                            outcome = refused;
                                        }
                                        boolean ok = outcome instanceof Row;
                                        Uni<?> bind = ok && found.getString(7) == null
                                                ? conn.preparedQuery(BIND_DEVICE).execute(Tuple.of(found.getUUID(0),
                                                        device.value(), deviceName == null ? null : deviceName.value(),
                                                        utc(now)))
                                                : Uni.createFrom().voidItem();
                                        UUID codeId = found == null ? null : found.getUUID(0);
                                        UUID accountId = found == null ? null : found.getUUID(1);
                                        Tuple audit = audit(accountId, now, found == null ? "ANONYMOUS" : "UNIQUE_CODE",
                                                codeId == null ? null : codeId.toString(), "CODE_LOGIN", ok, null,
                                                codeId, null, ok ? "device=" + device.value()
                                                        : ((Refused) outcome).code + " device=" + device.value(), client);
                                        Object answer = outcome;
                                        return bind.flatMap(b -> conn.preparedQuery(AUDIT_INSERT).execute(audit))
                                                .map(inserted -> answer);
                                    });
                        }))
                .map(outcome -> {
                    if (outcome instanceof Refused refused) {
                        return refused.response();
                    }
                    Row row = (Row) outcome;
                    Instant expiry = instant(row, 5);
                    Instant expiresAt = (Duration.between(now, expiry).compareTo(sessionTtl) < 0 ? expiry
                            : now.plus(sessionTtl)).truncatedTo(ChronoUnit.SECONDS);
                    String token = tokens.sign(row.getUUID(0), row.getUUID(1), device.value(), now, expiresAt);
                    CodeSummary summary = new CodeSummary(row.getUUID(0), row.getString(3), instant(row, 4), expiry,
                            status(false, row.getValue(6) != null, instant(row, 4), expiry, row.getInteger(9),
                                    row.getInteger(10), now));
                    return Response.ok(new CodeSessionToken(token, "Bearer", expiresAt, summary)).build();
                });
    }

    /** CodeLoginService.attempt and UniqueCode.admitDevice: the code row when the device may log in. */
    private static Row admit(Row row, DeviceId device, Instant now) {
        if (row == null) {
            throw new Refused(401, "invalid-unique-code", "No active Unique Code matches what was entered");
        }
        if (!row.getBoolean(11)) {
            throw new Refused(403, "unique-codes-disabled", "Unique Codes are disabled for this account");
        }
        Instant expiry = instant(row, 5);
        if (!now.isBefore(expiry)) {
            throw new Refused(403, "unique-code-expired", "The Unique Code expired at " + expiry);
        }
        if (row.getValue(6) != null) {
            throw new Refused(403, "unique-code-suspended", "The Unique Code is suspended");
        }
        String bound = row.getString(7);
        if (bound != null && !bound.equals(device.value())) {
            throw new Refused(409, "code-bound-to-other-device",
                    "This Unique Code is already in use on another device; ask its owner to release it");
        }
        return row;
    }

    @GET
    @Path("api/v1/code-session/locks")
    public Uni<Response> sessionLocks(@HeaderParam("Authorization") String authorization) {
        Instant now = Instant.now();
        SessionTokens.Session session = tokens.verify(authorization, now);
        if (session == null) {
            return Uni.createFrom().item(notAuthenticated().response());
        }
        return pool.preparedQuery(SESSION_LOCKS).execute(Tuple.of(session.codeId(), session.accountId()))
                .map(rows -> {
                    try {
                        return Response.ok(sessionLocks(rows, session, now)).build();
                    } catch (Refused refused) {
                        return refused.response();
                    }
                });
    }

    private static CodeSessionLocks sessionLocks(RowSet<Row> rows, SessionTokens.Session session, Instant now) {
        RowIterator<Row> it = rows.iterator();
        Row row = it.hasNext() ? it.next() : null;
        if (row == null || row.getValue(0) != null) {
            throw new Refused(401, "code-session-ended", "The Unique Code was deleted");
        }
        if (!row.getBoolean(8)) {
            throw new Refused(403, "unique-codes-disabled", "Unique Codes are disabled for this account");
        }
        Instant expiry = instant(row, 3);
        if (!now.isBefore(expiry)) {
            throw new Refused(403, "unique-code-expired", "The Unique Code expired at " + expiry);
        }
        if (row.getValue(4) != null) {
            throw new Refused(403, "unique-code-suspended", "The Unique Code is suspended");
        }
        if (!session.deviceId().equals(row.getString(5))) {
            throw new Refused(401, "code-session-ended", "The device was released from this Unique Code; log in again");
        }
        Instant startsAt = instant(row, 2);
        String status = status(false, false, startsAt, expiry, row.getInteger(6), row.getInteger(7), now);
        CodeSummary summary = new CodeSummary(session.codeId(), row.getString(1), startsAt, expiry, status);
        // Codes without access rules (others are not served, see the class comment): open until expiry once started.
        LockAccess access = now.isBefore(startsAt)
                ? new LockAccess("OPENS_LATER", null, startsAt, List.of(new AccessReason("not-started",
                        "The code has not started yet; it starts at " + startsAt + ".", startsAt, null, null)))
                : new LockAccess("OPEN", expiry, null, List.of());
        List<SharedLock> items = new ArrayList<>();
        for (Row r = row; r != null; r = it.hasNext() ? it.next() : null) {
            if (r.getUUID(9) != null) {
                items.add(new SharedLock(r.getUUID(9), r.getString(10), r.getString(11), r.getString(12), access));
            }
        }
        return new CodeSessionLocks(summary, items);
    }

    // ================================================================ helpers
    private static void requireNoAccessRules(String weeklyWindows, Object maxUnlocks, Object minutesAfterFirst) {
        if ((weeklyWindows != null && !weeklyWindows.isEmpty()) || maxUnlocks != null || minutesAfterFirst != null) {
            throw new Refused(501, "not-in-lean-reference",
                    "Codes with access rules (weekly windows, use limits) are not served by the lean reference");
        }
    }

    /** UniqueCode.statusAt. */
    private static String status(boolean deleted, boolean suspended, Instant startsAt, Instant expiry,
            Integer maxUnlocks, Integer unlocksUsed, Instant now) {
        if (deleted) {
            return "DELETED";
        }
        if (!now.isBefore(expiry)) {
            return "EXPIRED";
        }
        if (suspended) {
            return "SUSPENDED";
        }
        if (maxUnlocks != null && unlocksUsed != null && unlocksUsed >= maxUnlocks) {
            return "EXHAUSTED";
        }
        return now.isBefore(startsAt) ? "SCHEDULED" : "ACTIVE";
    }

    /** The columns JpaAuditLog writes, as an AuditEvent carries them (reason cut to 300, address to 64). */
    static Tuple audit(UUID accountId, Instant at, String actorType, String actorId, String action,
            boolean success, UUID lockId, UUID codeId, UUID permissionId, String reason, String client) {
        return Tuple.tuple(java.util.Arrays.asList(TimeOrderedIds.next(), accountId, utc(at), actorType, actorId,
                action, success ? "SUCCESS" : "FAILURE", lockId, codeId, permissionId, cut(reason, 300),
                cut(client, 64)));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static Row first(RowSet<Row> rows) {
        RowIterator<Row> it = rows.iterator();
        return it.hasNext() ? it.next() : null;
    }

    static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static UUID uuid(String text, String name) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Refused(400, "validation-failed", "/" + name + " is not a UUID");
        }
    }

    private static String clientAddress(HttpServerRequest http) {
        var address = http.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
