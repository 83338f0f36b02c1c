package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.RuleViolation;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AccountTest {
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");

    @Test
    void newAccountHasUniqueCodesOffByDefault() {
        Account account = Account.open("  Acme Rentals ", AccountSettings.defaults(BRISBANE), NOW);
        assertThat(account.name()).isEqualTo("Acme Rentals");
        assertThat(account.settings().uniqueCodesEnabled()).isFalse();
        assertThat(account.settings().timeZone()).isEqualTo(BRISBANE);
        assertThat(account.createdAt()).isEqualTo(NOW);
    }

    @Test
    void requireUniqueCodesEnabledRefusesWhileTheFeatureIsOff() {
        Account account = Account.open("Acme", AccountSettings.defaults(BRISBANE), NOW);
        RuleViolation failure = catchThrowableOfType(RuleViolation.class, account::requireUniqueCodesEnabled);
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODES_DISABLED);
    }

    @Test
    void requireUniqueCodesEnabledPassesOnceTurnedOnAndRefusesAgainWhenTurnedOff() {
        Account account = Account.open("Acme", AccountSettings.defaults(BRISBANE), NOW);
        account.changeSettings(account.settings().withUniqueCodesEnabled(true));
        assertThatCode(account::requireUniqueCodesEnabled).doesNotThrowAnyException();
        account.changeSettings(account.settings().withUniqueCodesEnabled(false));
        assertThat(catchThrowableOfType(RuleViolation.class, account::requireUniqueCodesEnabled)).isNotNull();
    }

    @Test
    void settingsWithersChangeOnlyTheirOwnField() {
        AccountSettings settings = new AccountSettings(true, BRISBANE);
        assertThat(settings.withTimeZone(ZoneId.of("Europe/Paris")))
                .isEqualTo(new AccountSettings(true, ZoneId.of("Europe/Paris")));
        assertThat(settings.withUniqueCodesEnabled(false)).isEqualTo(new AccountSettings(false, BRISBANE));
    }

    @Test
    void refusesBlankOrOverLongAccountName() {
        InvalidInput blank = catchThrowableOfType(InvalidInput.class,
                () -> Account.open(" ", AccountSettings.defaults(BRISBANE), NOW));
        assertThat(blank.fieldErrors()).extracting(FieldError::field).containsExactly("/accountName");
        assertThat(Account.open("n".repeat(100), AccountSettings.defaults(BRISBANE), NOW).name()).hasSize(100);
        assertThat(catchThrowableOfType(InvalidInput.class,
                () -> Account.open("n".repeat(101), AccountSettings.defaults(BRISBANE), NOW))).isNotNull();
    }
}
