package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.Optional;

/** The owner's view of their codes: each with its value (decrypted here, and only here), status and lock count. */
public interface UniqueCodeQueries {
    /** ACTIVE or EXPIRED codes at {@code now}, newest first. */
    Page<UniqueCodeView> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page);

    /** One code of the account that is not deleted. */
    Optional<UniqueCodeView> find(AccountId owner, UniqueCodeId id, Instant now);
}
