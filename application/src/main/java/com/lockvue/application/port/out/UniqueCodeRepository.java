package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Optional;

/**
 * Unique Codes, to load and save. The store never holds a code in plain text: it looks codes up by a keyed hash
 * and keeps the value itself encrypted; nothing here decrypts it (only the owner's read model does).
 */
public interface UniqueCodeRepository {
    /** A code of this account that is not deleted. */
    Optional<UniqueCode> findById(AccountId owner, UniqueCodeId id);

    /** Same as {@link #findById} but holds a write lock on it until the transaction ends. */
    Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id);

    /** The not-deleted code with this value, of any account, locked for update (code login binds devices). */
    Optional<UniqueCode> findByValueForUpdate(CodeValue value);

    /** Stores a new code with its secret value (hashed for lookup, encrypted for its owner). */
    void add(UniqueCode code, CodeValue value);

    void update(UniqueCode code);
}
