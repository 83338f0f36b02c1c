package com.lockvue.domain.uniquecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeValueTest {

    @Test
    void generatedCodeHasTwelveSymbolsFromCrockfordAlphabetWithoutAmbiguousLetters() {
        RandomGenerator random = new SplittableRandom(42);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String canonical = CodeValue.generate(random).canonical();
            assertThat(canonical).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            canonical.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).doesNotContain('I', 'L', 'O', 'U');
        // 6000 symbols drawn: every one of the 32 symbols shows up, so the whole alphabet is used
        assertThat(seen).hasSize(32);
    }

    @Test
    void alphabetIsCrockfordBase32() {
        assertThat(CodeValue.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void generationUsesTheGivenRandomGeneratorSoASeededOneGivesAFixedCode() {
        CodeValue first = CodeValue.generate(new SplittableRandom(7));
        CodeValue second = CodeValue.generate(new SplittableRandom(7));
        assertThat(first).isEqualTo(second);
        assertThat(first.canonical()).isEqualTo(second.canonical());
    }

    @Test
    void generationTakesEachSymbolFromTheRandomIndex() {
        // a generator that always answers index 0 yields twelve '0', index 31 yields twelve 'Z'
        RandomGenerator zeros = fixed(0);
        RandomGenerator last = fixed(31);
        assertThat(CodeValue.generate(zeros).canonical()).isEqualTo("000000000000");
        assertThat(CodeValue.generate(last).canonical()).isEqualTo("ZZZZZZZZZZZZ");
    }

    @Test
    void displayGroupsTheSymbolsInThreeBlocksOfFour() {
        CodeValue code = CodeValue.parse("ABCD EFGH JKMN");
        assertThat(code.display()).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(CodeValue.generate(new SplittableRandom(1)).display()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void displayedCodeParsesBackToTheSameCode() {
        CodeValue code = CodeValue.generate(new SplittableRandom(3));
        assertThat(CodeValue.parse(code.display())).isEqualTo(code);
        assertThat(CodeValue.parse(code.canonical())).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKMN", "abcd-efgh-jkmn", "abcdefghjkmn", "AbCd EfGh JkMn", " abcd - efgh - jkmn ",
            "a-b-c-d-e-f-g-h-j-k-m-n"})
    void parsingIgnoresCaseHyphensAndSpaces(String typed) {
        assertThat(CodeValue.parse(typed).canonical()).isEqualTo("ABCDEFGHJKMN");
    }

    @Test
    void parsingMapsCrockfordAliasesOToZeroAndIAndLToOne() {
        assertThat(CodeValue.parse("OOOO-IIII-LLLL").canonical()).isEqualTo("000011111111");
        assertThat(CodeValue.parse("oooo-iiii-llll").canonical()).isEqualTo("000011111111");
        assertThat(CodeValue.parse("O1I0-L1AB-CDEF")).isEqualTo(CodeValue.parse("0110-11AB-CDEF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "A", "------------", "ABCDEFGHJKMN0"})
    void parsingRefusesWrongLength(String typed) {
        assertInvalidCode(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKMU", "uuuu-uuuu-uuuu", "ABCD_EFGH_JKMN", "ABCD.EFGH.JKMN", "ABCD-EFGH-JKM!",
            "ABCD\tEFGH\tJKMN", "ÄBCD-EFGH-JKMN"})
    void parsingRefusesSymbolsOutsideTheAlphabet(String typed) {
        assertInvalidCode(typed);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void parsingRefusesMissingCode(String typed) {
        InvalidInput failure = assertInvalidCode(typed);
        assertThat(failure.fieldErrors()).extracting(FieldError::message).containsExactly("is required");
    }

    @Test
    void parsingRefusesOverLongInputEvenIfItIsOnlySeparators() {
        String typed = "ABCD-EFGH-JKMN" + " ".repeat(60);
        assertThat(typed.length()).isGreaterThan(64);
        assertInvalidCode(typed);
        assertInvalidCode("A".repeat(10_000));
    }

    @Test
    void parsingAcceptsSeparatorsUpToTheLengthLimit() {
        String typed = "ABCD" + " ".repeat(26) + "EFGH" + " ".repeat(26) + "JKMN";
        assertThat(typed).hasSize(64);
        assertThat(CodeValue.parse(typed).canonical()).isEqualTo("ABCDEFGHJKMN");
    }

    @Test
    void refusalNeverEchoesWhatWasTyped() {
        InvalidInput failure = assertInvalidCode("SECRET-ISH-VALUE-U");
        assertThat(failure.getMessage()).doesNotContainIgnoringCase("secret");
        assertThat(failure.fieldErrors()).extracting(FieldError::message).noneMatch(m -> m.contains("SECRET"));
    }

    @Test
    void toStringNeverRevealsTheValue() {
        CodeValue code = CodeValue.parse("ABCD-EFGH-JKMN");
        assertThat(code.toString()).doesNotContain("ABCD", "EFGH", "JKMN", "abcd").contains("****");
        assertThat(String.valueOf(code)).isEqualTo(code.toString());
    }

    @Test
    void equalCodesHaveEqualHashCodesAndDifferentCodesAreNotEqual() {
        CodeValue a = CodeValue.parse("ABCD-EFGH-JKMN");
        CodeValue b = CodeValue.parse("abcdefghjkmn");
        CodeValue c = CodeValue.parse("ABCD-EFGH-JKMP");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo("ABCDEFGHJKMN");
    }

    private static InvalidInput assertInvalidCode(String typed) {
        Throwable thrown = catchThrowable(() -> CodeValue.parse(typed));
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        InvalidInput failure = (InvalidInput) thrown;
        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/code");
        return failure;
    }

    private static RandomGenerator fixed(int index) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(32);
                return index;
            }
        };
    }
}
