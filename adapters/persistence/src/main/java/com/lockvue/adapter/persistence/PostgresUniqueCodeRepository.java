package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.CodeTerms;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.WeeklyWindowsText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Unique Codes in plain SQL ({@link Jdbc}): code login and every lock command read and update a code, so no entity
 * is loaded, tracked or compared at flush for them. The owner's lists read the same rows through Hibernate
 * ({@link JpaUniqueCodeQueries}); nothing keeps a managed copy that these statements could leave stale.
 */
@ApplicationScoped
public class PostgresUniqueCodeRepository implements UniqueCodeRepository {
    private static final String SELECT = "SELECT " + UniqueCodeRows.COLUMNS + " FROM unique_codes c ";
    private static final String BY_ID = SELECT + "WHERE c.id = ? AND c.account_id = ? AND c.deleted_at IS NULL";
    private static final String BY_HASH = "SELECT " + UniqueCodeRows.COLUMNS
            + ", c.code_hmac FROM unique_codes c WHERE c.code_hmac = ? AND c.deleted_at IS NULL FOR UPDATE";
    private static final String STATE = """
            description = ?, starts_at = ?, expires_at = ?, weekly_windows = ?, max_unlocks = ?,
            minutes_after_first_unlock = ?, unlocks_used = ?, first_unlock_at = ?, suspended_at = ?,
            effective_expires_at = ?, deleted_at = ?, bound_device_id = ?, bound_device_name = ?, device_bound_at = ?""";
    private static final String INSERT = """
            INSERT INTO unique_codes (id, account_id, code_hmac, code_ciphertext, created_at, version,
              description, starts_at, expires_at, weekly_windows, max_unlocks, minutes_after_first_unlock, unlocks_used,
              first_unlock_at, suspended_at, effective_expires_at, deleted_at, bound_device_id, bound_device_name,
              device_bound_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = "UPDATE unique_codes SET " + STATE + ", version = ? WHERE id = ?";

    private final CodeSecrets secrets;
    private final Jdbc jdbc;

    @Inject
    public PostgresUniqueCodeRepository(CodeSecrets secrets, Jdbc jdbc) {
        this.secrets = secrets;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UniqueCode> findById(AccountId owner, UniqueCodeId id) {
        return byId(BY_ID, owner, id);
    }

    @Override
    public Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id) {
        return byId(BY_ID + " FOR UPDATE", owner, id);
    }

    private Optional<UniqueCode> byId(String sql, AccountId owner, UniqueCodeId id) {
        return jdbc.first(sql, p -> p.uuid(id.value()).uuid(owner.value()), row -> UniqueCodeRows.read(row, 1));
    }

    @Override
    public Optional<UniqueCode> findByValueForUpdate(CodeValue value) {
        byte[] hash = secrets.lookupHash(value);
        // The index found the row by its hash; compare again in constant time before trusting it.
        return jdbc.first(BY_HASH, p -> p.bytes(hash), row -> MessageDigest.isEqual(
                row.getBytes(UniqueCodeRows.COUNT + 1), hash) ? UniqueCodeRows.read(row, 1) : null);
    }

    @Override
    public void add(UniqueCode code, CodeValue value) {
        jdbc.update(INSERT, p -> state(code, p.uuid(code.id().value()).uuid(code.accountId().value())
                .bytes(secrets.lookupHash(value)).bytes(secrets.encrypt(value, code.id())).at(code.createdAt())
                .number(code.version())));
    }

    @Override
    public void update(UniqueCode code) {
        jdbc.update(UPDATE, p -> state(code, p).number(code.version() + 1).uuid(code.id().value()));
    }

    /** The columns of {@link #STATE}, in its order. */
    private static Jdbc.Statement state(UniqueCode code, Jdbc.Statement p) throws SQLException {
        CodeTerms terms = code.terms();
        return p.text(terms.description()).at(terms.startsAt()).at(terms.expiresAt())
                .text(WeeklyWindowsText.format(terms.schedule())).integer(terms.limits().maxUnlocks())
                .integer(terms.limits().minutesAfterFirstUnlock()).integer(code.usage().unlocksUsed())
                .at(code.usage().firstUnlockAt()).at(code.suspendedAt().orElse(null)).at(code.effectiveExpiry())
                .at(code.deletedAt().orElse(null)).text(code.boundDevice().map(DeviceId::value).orElse(null))
                .text(code.deviceName().map(DeviceName::value).orElse(null)).at(code.deviceBoundAt().orElse(null));
    }
}
