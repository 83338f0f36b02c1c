package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.lockverifier.CommandCodes;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoseLockCommandSignerTest {

    private static final Instant LAST_LOCK_SECOND = Instant.ofEpochSecond(0xFFFF_FFFFL);

    private final CoseLockCommandSigner signer = new CoseLockCommandSigner(TestKeys.rfc6979Keys());

    private static LockCommandClaims claims(Instant nbf, Instant exp, LockAction action, PermissionLevel level) {
        return new LockCommandClaims(new LockId(UUID.randomUUID()), UUID.randomUUID(), nbf, nbf, exp, action, level,
                com.lockvue.domain.lock.Nonce.of(new byte[16]));
    }

    /**
     * Every field is fixed-size except the integers; the largest values the signer accepts (times at the end of
     * the 32-bit clock, every action and level) give the longest message, which must fit one BLE write.
     */
    @Test
    void theLargestPossibleCommandFitsOneBleWrite() {
        for (LockAction action : LockAction.values()) {
            for (PermissionLevel level : PermissionLevel.values()) {
                byte[] message = signer.sign(claims(LAST_LOCK_SECOND.minusSeconds(60), LAST_LOCK_SECOND, action,
                        level)).message();
                assertThat(message.length).as("%s / %s", action, level).isLessThanOrEqualTo(182).isEqualTo(174);
            }
        }
    }

    @Test
    void refusesAWindowLongerThanLocksAccept() {
        Instant nbf = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(signer.sign(claims(nbf, nbf.plusSeconds(60), LockAction.UNLOCK, PermissionLevel.ADMIN)))
                .isNotNull();
        assertThatThrownBy(() -> signer.sign(claims(nbf, nbf.plusSeconds(61), LockAction.UNLOCK,
                PermissionLevel.ADMIN))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60 s");
    }

    @Test
    void refusesTimesOutsideTheLocksClock() {
        Instant tooLate = LAST_LOCK_SECOND.plusSeconds(1);
        Instant beforeEpoch = Instant.ofEpochSecond(-10);
        assertThatThrownBy(() -> signer.sign(claims(tooLate.minusSeconds(30), tooLate, LockAction.UNLOCK,
                PermissionLevel.ADMIN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32-bit");
        assertThatThrownBy(() -> signer.sign(claims(beforeEpoch, beforeEpoch.plusSeconds(5), LockAction.UNLOCK,
                PermissionLevel.ADMIN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportedExpiryIsTheWholeSecondInTheMessage() {
        Instant nbf = Instant.parse("2026-01-01T00:00:00Z");
        Instant exp = Instant.parse("2026-01-01T00:00:59.900Z");
        assertThat(signer.sign(claims(nbf, exp, LockAction.UNLOCK, PermissionLevel.ADMIN)).expiresAt())
                .isEqualTo(Instant.parse("2026-01-01T00:00:59Z"));
    }

    /** The signer's codes and the lock's rule must agree with the domain's permission model, case by case. */
    @Test
    void wireCodesAgreeWithTheDomainAndTheLocksView() {
        for (LockAction action : LockAction.values()) {
            for (PermissionLevel level : PermissionLevel.values()) {
                boolean lockAllows = LockCommandFormat.levelCode(level)
                        >= CommandCodes.requiredLevel(LockCommandFormat.actionCode(action));
                assertThat(lockAllows).as("%s / %s", action, level).isEqualTo(level.allows(action));
            }
        }
        assertThat(LockCommandFormat.actionCode(LockAction.UNLOCK)).isEqualTo(CommandCodes.ACTION_UNLOCK);
        assertThat(LockCommandFormat.actionCode(LockAction.BATTERY_STATUS))
                .isEqualTo(CommandCodes.ACTION_BATTERY_STATUS);
        assertThat(LockCommandFormat.actionCode(LockAction.TIME_SYNC)).isEqualTo(CommandCodes.ACTION_TIME_SYNC);
        assertThat(LockCommandFormat.levelCode(PermissionLevel.RESTRICTED)).isEqualTo(CommandCodes.LEVEL_RESTRICTED);
        assertThat(LockCommandFormat.levelCode(PermissionLevel.MAINTENANCE))
                .isEqualTo(CommandCodes.LEVEL_MAINTENANCE);
        assertThat(LockCommandFormat.levelCode(PermissionLevel.ADMIN)).isEqualTo(CommandCodes.LEVEL_ADMIN);
    }
}
