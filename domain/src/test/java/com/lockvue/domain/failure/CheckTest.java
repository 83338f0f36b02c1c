package com.lockvue.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.account.EmailAddress;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void passesWhenNothingWasWrong() {
        Check check = new Check();
        String text = check.attempt(() -> Check.requireText(" ok ", "/a", 1, 10));
        check.require(true, "/b", "never");
        assertThat(text).isEqualTo("ok");
        assertThatCode(check::orThrow).doesNotThrowAnyException();
    }

    @Test
    void collectsEveryFieldErrorInOrderBeforeThrowing() {
        Check check = new Check();
        check.require(false, "/first", "is wrong");
        EmailAddress email = check.attempt(() -> new EmailAddress("not-an-email"));
        String text = check.attempt(() -> Check.requireText("", "/name", 1, 10));
        check.require(true, "/fine", "unused");
        check.require(false, "/items/2", "is listed twice");

        assertThat(email).isNull();
        assertThat(text).isNull();
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, check::orThrow);
        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).extracting(FieldError::field)
                .containsExactly("/first", "/email", "/name", "/items/2");
        assertThat(failure.detail()).isEqualTo("4 fields are invalid");
    }

    @Test
    void singleErrorUsesItsMessageAsDetail() {
        Check check = new Check();
        check.require(false, "/x", "must be positive");
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, check::orThrow);
        assertThat(failure.detail()).isEqualTo("must be positive");
        assertThat(failure.fieldErrors()).containsExactly(new FieldError("/x", "must be positive"));
    }

    @Test
    void attemptDoesNotSwallowOtherExceptions() {
        Check check = new Check();
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> check.attempt(() -> {
            throw new IllegalStateException("boom");
        }))).hasMessage("boom");
    }

    @Test
    void requireTextStripsAndCountsCodePoints() {
        assertThat(Check.requireText("  abc  ", "/t", 1, 3)).isEqualTo("abc");
        // three emoji are six chars but three code points
        assertThat(Check.requireText("\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11", "/t", 1, 3)).hasSize(6);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Check.requireText("abcd", "/t", 1, 3))).isNotNull();
    }

    @Test
    void requireTextRefusesNullBlankAndControlCharacters() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Check.requireText(null, "/t", 1, 3)).fieldErrors())
                .containsExactly(new FieldError("/t", "is required"));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Check.requireText("  ", "/t", 1, 3)).fieldErrors())
                .containsExactly(new FieldError("/t", "must not be blank"));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Check.requireText("a\tb", "/t", 1, 3)).fieldErrors())
                .containsExactly(new FieldError("/t", "must not contain control characters"));
    }

    @Test
    void requireTextRefusesUnpairedSurrogatesAndNoncharactersNamingTheField() {
        for (String bad : new String[] {"\uD800", "a\uDBFFb", "\uDC00", "x\uDFFF", "\uDC00\uD800", "\uFFFE", "\uFFFF",
                "\uFDD0", "\uFDEF", "\uD83F\uDFFE", "\uDBFF\uDFFF"}) {
            InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> Check.requireText("ok" + bad, "/t", 1, 10));
            assertThat(failure).as("accepted %s", bad.chars().mapToObj(Integer::toHexString).toList()).isNotNull();
            assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/t");
            assertThat(failure.fieldErrors().get(0).message()).contains("Unicode");
        }
    }

    @Test
    void wellFormedTextIncludesPairedSurrogatesAndTheNeighboursOfNoncharacters() {
        assertThat(Check.isWellFormedText("\uD83D\uDD11 \uFDCF \uFDF0 \uFFFD \uD83F\uDFFD \uDBFF\uDFFD é 中")).isTrue();
        assertThat(Check.isWellFormedText("")).isTrue();
        assertThat(Check.requireWellFormedText(null, "/t")).isNull();
    }

    @Test
    void failuresCarryStableSlugs() {
        assertThat(FailureCode.CODE_BOUND_TO_OTHER_DEVICE.slug()).isEqualTo("code-bound-to-other-device");
        assertThat(FailureCode.TOO_MANY_ATTEMPTS.slug()).isEqualTo("too-many-attempts");
        assertThat(new Conflict(FailureCode.EMAIL_ALREADY_REGISTERED, "d").fieldErrors()).isEmpty();
    }
}
