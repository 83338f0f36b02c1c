package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.CodeSessionStates;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.SerialNumber;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A code session's state in one statement: the code, joined with its account and its permission for the lock. */
@ApplicationScoped
public class PostgresCodeSessionStates implements CodeSessionStates {
    private static final String FIND = "SELECT " + UniqueCodeRows.COLUMNS + """
            , a.name, a.unique_codes_enabled, a.time_zone, a.created_at, a.version,
              p.id, p.level, p.granted_at, p.updated_at
            FROM unique_codes c
            JOIN accounts a ON a.id = c.account_id
            LEFT JOIN permissions p ON p.recipient_type = 'UNIQUE_CODE' AND p.recipient_id = c.id AND p.lock_id = ?
            WHERE c.id = ? AND c.account_id = ? AND c.deleted_at IS NULL""";
    private static final String FIND_FOR_UPDATE = FIND + " FOR UPDATE OF c";
    /** The code's row on every one of its shared locks' rows (or once, with no lock, when none is shared). */
    private static final String FIND_WITH_LOCKS = "SELECT " + UniqueCodeRows.COLUMNS + """
            , a.name, a.unique_codes_enabled, a.time_zone, a.created_at, a.version,
              p.id, p.level, l.id, l.serial_number, l.name, l.activated_at
            FROM unique_codes c
            JOIN accounts a ON a.id = c.account_id
            LEFT JOIN permissions p ON p.recipient_type = 'UNIQUE_CODE' AND p.recipient_id = c.id
            LEFT JOIN locks l ON l.id = p.lock_id
            WHERE c.id = ? AND c.account_id = ? AND c.deleted_at IS NULL
            ORDER BY lower(l.name), l.id""";

    private final Jdbc jdbc;

    @Inject
    public PostgresCodeSessionStates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<State> find(AccountId owner, UniqueCodeId code, LockId lock, boolean forUpdate) {
        return jdbc.first(forUpdate ? FIND_FOR_UPDATE : FIND,
                p -> p.uuid(lock == null ? null : lock.value()).uuid(code.value()).uuid(owner.value()),
                row -> read(row, lock));
    }

    /** One row of {@link #FIND_WITH_LOCKS}: the code's state, read from the first row only, and its lock if any. */
    private record SharedRow(State state, SharedLock lock) {
    }

    @Override
    public Optional<WithSharedLocks> findWithSharedLocks(AccountId owner, UniqueCodeId code) {
        List<SharedRow> rows = jdbc.list(FIND_WITH_LOCKS, p -> p.uuid(code.value()).uuid(owner.value()),
                row -> new SharedRow(row.getRow() == 1 ? read(row, null) : null, sharedLock(row)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<SharedLock> locks = rows.stream().map(SharedRow::lock).filter(Objects::nonNull).toList();
        return Optional.of(new WithSharedLocks(rows.get(0).state(), locks));
    }

    private static SharedLock sharedLock(ResultSet row) throws SQLException {
        int c = UniqueCodeRows.COUNT + 6;
        UUID permission = Jdbc.uuid(row, c);
        if (permission == null) {
            return null;
        }
        Lock lock = new Lock(new LockId(Jdbc.uuid(row, c + 2)), new AccountId(Jdbc.uuid(row, 2)),
                new SerialNumber(row.getString(c + 3)), row.getString(c + 4), Jdbc.instant(row, c + 5));
        return new SharedLock(lock, new PermissionId(permission), PermissionLevel.valueOf(row.getString(c + 1)));
    }

    private static State read(ResultSet row, LockId lock) throws SQLException {
        UniqueCode code = UniqueCodeRows.read(row, 1);
        int c = UniqueCodeRows.COUNT + 1;
        Account account = new Account(code.accountId(), row.getString(c),
                new AccountSettings(row.getBoolean(c + 1), ZoneId.of(row.getString(c + 2))), Jdbc.instant(row, c + 3),
                row.getLong(c + 4));
        UUID permission = Jdbc.uuid(row, c + 5);
        return new State(code, account, permission == null || lock == null ? Optional.empty()
                : Optional.of(new Permission(new PermissionId(permission), code.accountId(), lock,
                        new Recipient.UniqueCode(code.id()), PermissionLevel.valueOf(row.getString(c + 6)),
                        Jdbc.instant(row, c + 7), Jdbc.instant(row, c + 8))));
    }
}
