package com.lockvue.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.adapter.rest.problem.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/locks", "/api/v1/locks?search=caf%C3%A9+au+lait&limit=5",
            "/api/v1/locks?search=%F0%9F%94%91", "/api/v1/locks?search=", "/api/v1/locks?flag", "/api/v1/locks?a=1&&b=2",
            "*", "http://localhost:8080/api/v1/locks?x=%2F", "/assets/index-C5dsefIk.js", "/a%2Fb/%7E"})
    void acceptsWhatRfc3986AndUtf8Allow(String target) {
        assertThat(RequestTarget.problem(target)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a b", "/a\tb", "/caf\u00E9", "/a\u007Fb", "/a\u0000", "/a|b", "/{x}", "/a%zz", "/a%4",
            "/a%", "/%C3%28", "/%ED%A0%80", "/%EF%BF%BF", "/%C1%81", "/%F4%90%80%80", "/a\\b"})
    void refusesAPathThatIsNotPrintableAsciiOrNotEscapedUtf8Text(String target) {
        Optional<Problem> problem = RequestTarget.problem(target);
        assertThat(problem).as(target).isPresent();
        assertThat(problem.get().status()).isEqualTo(400);
        assertThat(problem.get().code()).isEqualTo("malformed-request");
        assertThat(problem.get().errors()).isNull();
    }

    @Test
    void namesEachQueryParameterThatIsNotUtf8Text() {
        Problem problem = RequestTarget.problem("/api/v1/locks?limit=5&search=%E9t%E9&cursor=ok&lo%2Fck=%EF%BF%BE").orElseThrow();
        assertThat(problem.errors()).extracting(Problem.FieldProblem::pointer).containsExactly("/search", "/lo~1ck");
    }

    @Test
    void aParameterNameThatIsNotTextIsNamedAsSent() {
        Problem problem = RequestTarget.problem("/api/v1/locks?se%E9arch=x").orElseThrow();
        assertThat(problem.errors()).extracting(Problem.FieldProblem::pointer).containsExactly("/se%E9arch");
    }

    @Test
    void plusIsASpaceInTheQueryButNotInThePath() {
        assertThat(RequestTarget.decode("a+b", true)).isEqualTo("a b");
        assertThat(RequestTarget.decode("a+b", false)).isEqualTo("a+b");
        assertThat(RequestTarget.decode("%2B", true)).isEqualTo("+");
    }
}
