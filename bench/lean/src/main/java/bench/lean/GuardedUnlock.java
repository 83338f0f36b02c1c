package bench.lean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.domain.permission.LockAction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The LEAN REFERENCE WITH THE PRODUCT'S STATEMENTS: {@code POST /guarded/api/v1/locks/{lockId}/unlock-commands}
 * issues a code session's command as {@link DoorPath}'s unlock does (the same token and body checks, the same
 * checks of the code, the same signer), but sends PostgreSQL, in one transaction, the very statements the product
 * sends for an unlock (copied from its statement log, {@code log_statement=all}, of one unlock on the commit this
 * class was written on): BEGIN; both rate-limit counts in one upsert (PostgresAttemptLimiter.COUNT_BOTH); the code,
 * its account and its permission for the lock, {@code FOR UPDATE OF c} (PostgresCodeSessionStates.FIND_FOR_UPDATE);
 * the code's whole row written back with the use counted (PostgresUniqueCodeRepository.UPDATE); the audit row, its
 * integrator event and the event's webhook deliveries in one statement (PostgresAuditLog); COMMIT. Six round trips
 * with BEGIN and COMMIT, against the lean unlock's two.
 *
 * <p>So it runs the product's database work for the unlock, guarantee by guarantee, on the lean's stack (the
 * reactive client on the event loop, no JTA, no Hibernate, no worker hand-off). bench/run measures it beside the
 * lean unlock and the product's: what lies between the lean and this one is the work of the product's guarantees;
 * what lies between this one and the product is the product's stack.
 *
 * <p>Not done here (the product does): a refused command is audited without its integrator event; refusals by a
 * limit are not audited once per window (every one is); no RateLimit headers. bench/run's codes are never refused.
 */
@Path("/guarded")
@Produces(MediaType.APPLICATION_JSON)
public class GuardedUnlock {
    private static final String COUNTING = """
            ON CONFLICT (bucket_key) DO UPDATE SET
              window_start = CASE WHEN a.window_start <= $%d::timestamptz THEN excluded.window_start
                                  ELSE a.window_start END,
              attempts     = CASE WHEN a.window_start <= $%d::timestamptz THEN 1 ELSE a.attempts + 1 END
            RETURNING window_start, attempts""";
    private static final String COUNT_BOTH = "WITH first AS (INSERT INTO attempt_counters AS a (bucket_key,"
            + " window_start, attempts) VALUES ($1, $2, 1) " + COUNTING.formatted(3, 4) + "), second AS ("
            + "INSERT INTO attempt_counters AS a (bucket_key, window_start, attempts)"
            + " SELECT $5, $6::timestamptz, 1 FROM first WHERE first.attempts <= $7 " + COUNTING.formatted(8, 9) + ")"
            + " SELECT first.window_start, first.attempts, second.window_start, second.attempts"
            + " FROM first LEFT JOIN second ON true";
    private static final String READ_FOR_UPDATE = """
            SELECT c.id, c.account_id, c.description, c.created_at, c.starts_at, c.expires_at, c.weekly_windows,
                   c.max_unlocks, c.minutes_after_first_unlock, c.unlocks_used, c.first_unlock_at, c.suspended_at,
                   c.deleted_at, c.bound_device_id, c.bound_device_name, c.device_bound_at, c.version,
                   a.name, a.unique_codes_enabled, a.time_zone, a.created_at, a.version,
                   p.id, p.level, p.granted_at, p.updated_at
            FROM unique_codes c
            JOIN accounts a ON a.id = c.account_id
            LEFT JOIN permissions p ON p.recipient_type = 'UNIQUE_CODE' AND p.recipient_id = c.id AND p.lock_id = $1
            WHERE c.id = $2 AND c.account_id = $3 AND c.deleted_at IS NULL FOR UPDATE OF c""";
    private static final String WRITE_CODE = """
            UPDATE unique_codes SET description = $1, starts_at = $2, expires_at = $3, weekly_windows = $4,
            max_unlocks = $5, minutes_after_first_unlock = $6, unlocks_used = $7, first_unlock_at = $8,
            suspended_at = $9, effective_expires_at = $10, deleted_at = $11, bound_device_id = $12,
            bound_device_name = $13, device_bound_at = $14, version = $15 WHERE id = $16""";
    private static final String AUDIT_WITH_EVENT = """
            WITH audit AS (INSERT INTO audit_events (id, account_id, occurred_at, actor_type, actor_id, action,
              outcome, lock_id, unique_code_id, permission_id, reason, client_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)),
            event AS (
              INSERT INTO integrator_events (id, account_id, type, occurred_at, only_to, body)
              VALUES ($13, $14, $15, $16, NULL, $17)
              RETURNING id, position, occurred_at, account_id, type, only_to)
            INSERT INTO webhook_deliveries (id, endpoint_id, event_id, state, attempts, next_attempt_at, created_at,
              position)
            SELECT gen_random_uuid(), e.id, event.id, 'PENDING', 0, event.occurred_at, event.occurred_at,
              event.position
            FROM webhook_endpoints e, event
            WHERE e.account_id = event.account_id AND e.enabled AND event.type = ANY (string_to_array(e.event_types, ','))""";

    private final DoorPath door;
    private final ObjectMapper json;
    private final int perSession;
    private final int perLock;
    private final Duration window;

    public GuardedUnlock(DoorPath door, ObjectMapper json,
            @ConfigProperty(name = "lean.lock-command.max-per-session") int perSession,
            @ConfigProperty(name = "lean.lock-command.max-per-lock") int perLock,
            @ConfigProperty(name = "lean.lock-command.window") Duration window) {
        this.door = door;
        this.json = json;
        this.perSession = perSession;
        this.perLock = perLock;
        this.window = window;
    }

    @POST
    @Path("api/v1/locks/{lockId}/unlock-commands")
    public Uni<Response> unlockCommand(@PathParam("lockId") String lockIdText,
            @HeaderParam("Authorization") String authorization, DoorPath.LockCommandRequest body,
            @Context HttpServerRequest http) {
        Instant now = Instant.now();
        DoorPath.UnlockRequest request;
        try {
            request = door.unlockRequest(authorization, lockIdText, body, http, now);
        } catch (DoorPath.Refused refused) {
            return Uni.createFrom().item(refused.response());
        }
        SessionTokens.Session session = request.session();
        Instant windowOver = now.minus(window);
        return door.pool.withTransaction(conn -> conn.preparedQuery(COUNT_BOTH)
                        .execute(Tuple.tuple(Arrays.asList(
                                "lock-command:session:" + session.codeId() + ":" + session.deviceId(),
                                DoorPath.utc(now), DoorPath.utc(windowOver), DoorPath.utc(windowOver),
                                "lock-command:lock:" + request.lockId(), DoorPath.utc(now), perSession,
                                DoorPath.utc(windowOver), DoorPath.utc(windowOver))))
                        .flatMap(counted -> {
                            Row counts = DoorPath.first(counted);
                            if (counts.getInteger(1) > perSession
                                    || (counts.getValue(3) != null && counts.getInteger(3) > perLock)) {
                                return audited(conn, request, new DoorPath.Refused(429, "too-many-attempts",
                                        "Too many lock commands; try again later"), null, "");
                            }
                            return conn.preparedQuery(READ_FOR_UPDATE)
                                    .execute(Tuple.of(request.lockId(), session.codeId(), session.accountId()))
                                    .flatMap(rows -> issue(conn, request, DoorPath.first(rows)));
                        }))
                .map(DoorPath::answer);
    }

    /** The lean's checks on the product's row; for an issued UNLOCK, the use counted in the code's row. */
    private Uni<Object> issue(SqlConnection conn, DoorPath.UnlockRequest request, Row row) {
        DoorPath.CodeState state = row == null ? null
                : new DoorPath.CodeState(row.getBoolean(18), DoorPath.instant(row, 5), row.getValue(11) != null,
                        row.getString(13), row.getUUID(22), row.getString(23), row.getString(6), row.getValue(7),
                        row.getValue(8), DoorPath.instant(row, 4));
        Object outcome = door.outcome(state, request);
        if (!(outcome instanceof DoorPath.LockCommandDto)
                || request.action() != LockAction.UNLOCK) {
            return audited(conn, request, outcome, state, "");
        }
        int used = row.getInteger(9) + 1;
        Object firstUnlock = row.getValue(10) != null ? row.getValue(10) : DoorPath.utc(request.now());
        // A code without access rules (the lean serves no others) has its expiry as its effective expiry.
        return conn.preparedQuery(WRITE_CODE).execute(Tuple.tuple(Arrays.asList(row.getValue(2), row.getValue(4),
                        row.getValue(5), row.getValue(6), row.getValue(7), row.getValue(8), used, firstUnlock,
                        row.getValue(11), row.getValue(5), row.getValue(12), row.getValue(13), row.getValue(14),
                        row.getValue(15), row.getInteger(16) + 1, row.getUUID(0))))
                .flatMap(written -> audited(conn, request, outcome, state, " unlocks=" + used));
    }

    /** The audit row; for an issued command with its integrator event and deliveries, in one statement. */
    private Uni<Object> audited(SqlConnection conn, DoorPath.UnlockRequest request, Object outcome,
            DoorPath.CodeState state, String usage) {
        SessionTokens.Session session = request.session();
        boolean ok = outcome instanceof DoorPath.LockCommandDto;
        Tuple audit = DoorPath.audit(session.accountId(), request.now(), "UNIQUE_CODE", session.codeId().toString(),
                "LOCK_COMMAND_ISSUED", ok, request.lockId(), session.codeId(), ok ? state.permissionId() : null,
                DoorPath.auditReason(outcome, usage), request.client());
        if (!ok) {
            return conn.preparedQuery(DoorPath.AUDIT_INSERT).execute(audit).map(inserted -> outcome);
        }
        UUID eventId = audit.getUUID(0);
        Tuple withEvent = audit.addValue(eventId).addValue(session.accountId()).addValue("lock_command.issued")
                .addValue(DoorPath.utc(request.now())).addValue(eventBody(eventId, request, (DoorPath.LockCommandDto) outcome));
        return conn.preparedQuery(AUDIT_WITH_EVENT).execute(withEvent).map(inserted -> outcome);
    }

    /** The product's integrator event body for an issued command (its field names and order). */
    private String eventBody(UUID id, DoorPath.UnlockRequest request, DoorPath.LockCommandDto command) {
        SessionTokens.Session session = request.session();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lockId", request.lockId());
        data.put("uniqueCodeId", session.codeId());
        data.put("commandId", command.commandId());
        data.put("action", command.action());
        data.put("level", command.level());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", "lock_command.issued");
        body.put("timestamp", request.now().toString());
        body.put("accountId", session.accountId());
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("type", "UNIQUE_CODE");
        actor.put("id", session.codeId());
        body.put("actor", actor);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
