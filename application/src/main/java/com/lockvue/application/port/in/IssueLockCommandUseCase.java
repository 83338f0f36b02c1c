package com.lockvue.application.port.in;

import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues a signed, nonce-bound command for a lock, which the app relays over Bluetooth. Every issued and every
 * refused command is audited.
 */
public interface IssueLockCommandUseCase {

    /** For a code session: its code must hold a permission on the lock that allows the action. */
    IssuedLockCommand issue(CodeSession session, LockId lockId, IssueLockCommandCommand command);

    /** For the account's owner, who may do anything with the account's locks. */
    IssuedLockCommand issue(AccountAdmin admin, LockId lockId, IssueLockCommandCommand command);

    record IssueLockCommandCommand(Nonce nonce, LockAction action) {
        public IssueLockCommandCommand {
            Objects.requireNonNull(nonce);
            Objects.requireNonNull(action);
        }

        /** From what the app sent; every malformed field is reported at once. */
        public static IssueLockCommandCommand of(String nonce, LockAction action) {
            Check check = new Check();
            Nonce parsed = check.attempt(() -> Nonce.parse(nonce));
            check.require(action != null, "/action", "is required");
            check.orThrow();
            return new IssueLockCommandCommand(parsed, action);
        }
    }

    /** {@code limits}: where the session stands in its own command limit. */
    record IssuedLockCommand(UUID commandId, SignedLockCommand signed, LockAction action, PermissionLevel level,
            List<RateLimitStatus> limits) {
        public IssuedLockCommand(UUID commandId, SignedLockCommand signed, LockAction action, PermissionLevel level) {
            this(commandId, signed, action, level, List.of());
        }
    }
}
