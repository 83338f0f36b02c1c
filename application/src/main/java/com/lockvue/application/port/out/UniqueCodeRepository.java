package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Unique Codes. The store never holds a code in plain text: it looks codes up by a keyed hash and keeps the
 * value itself encrypted.
 */
public interface UniqueCodeRepository {
    /** A code of this account that is not deleted. */
    Optional<UniqueCode> findById(AccountId owner, UniqueCodeId id);

    /** Same as {@link #findById} but holds a write lock on it until the transaction ends. */
    Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id);

    /** The not-deleted code with this value, of any account, locked for update (code login binds devices). */
    Optional<UniqueCode> findByValueForUpdate(CodeValue value);

    void add(UniqueCode code);

    void update(UniqueCode code);

    /** ACTIVE or EXPIRED codes at {@code now}, newest first. */
    Page<UniqueCode> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page);
}
