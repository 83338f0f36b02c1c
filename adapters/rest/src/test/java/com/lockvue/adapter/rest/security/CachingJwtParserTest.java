package com.lockvue.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private Instant now = T0;
    /** What the stand-in verifier accepts: token string -> its expiry; anything else is refused. */
    private final Map<String, Instant> valid = new HashMap<>();
    private final List<String> verifications = new ArrayList<>();

    private CachingJwtParser parser(int capacity, Optional<Long> maxAgeSeconds) {
        // The stand-in records each call and applies the verifier's own rule: refused when unknown or expired.
        var verifier = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.add(token);
                Instant exp = valid.get(token);
                if (exp == null || !now.isBefore(exp)) {
                    throw new ParseException("refused");
                }
                return jwt(token, T0.getEpochSecond(), exp.getEpochSecond());
            }
        };
        return new CachingJwtParser(verifier, () -> now, capacity, maxAgeSeconds);
    }

    @Test
    void a_verified_token_is_not_verified_again_until_it_expires() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put("token-a", T0.plusSeconds(60));

        JsonWebToken first = parser.parse("token-a");
        JsonWebToken second = parser.parse("token-a");
        now = T0.plusSeconds(59);
        JsonWebToken third = parser.parse(new String("token-a".toCharArray()));

        assertThat(verifications).containsExactly("token-a");
        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(first.getName()).isEqualTo("token-a");
    }

    @Test
    void at_its_expiry_the_token_goes_back_to_the_verifier_which_refuses_it() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put("token-a", T0.plusSeconds(60));
        parser.parse("token-a");

        now = T0.plusSeconds(60);

        assertThatThrownBy(() -> parser.parse("token-a")).isInstanceOf(ParseException.class);
        assertThat(verifications).containsExactly("token-a", "token-a");
        assertThat(parser.size()).isZero();
    }

    @Test
    void a_refused_token_is_never_remembered_and_a_near_copy_of_a_good_one_is_verified() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put("token-a", T0.plusSeconds(60));
        parser.parse("token-a");

        assertThatThrownBy(() -> parser.parse("token-b")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("token-b")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse("token-a ")).isInstanceOf(ParseException.class);

        assertThat(verifications).containsExactly("token-a", "token-b", "token-b", "token-a ");
        assertThat(parser.size()).isEqualTo(1);
    }

    @Test
    void a_maximum_token_age_ends_the_entry_before_the_expiry() throws Exception {
        var parser = parser(100, Optional.of(30L));
        valid.put("token-a", T0.plusSeconds(60));
        parser.parse("token-a");

        now = T0.plusSeconds(29);
        parser.parse("token-a");
        now = T0.plusSeconds(30);
        parser.parse("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void a_full_cache_drops_expired_entries_first_and_then_starts_again() throws Exception {
        var parser = parser(3, Optional.empty());
        valid.put("short", T0.plusSeconds(10));
        valid.put("long-1", T0.plusSeconds(600));
        valid.put("long-2", T0.plusSeconds(600));
        valid.put("long-3", T0.plusSeconds(600));
        valid.put("long-4", T0.plusSeconds(600));
        parser.parse("short");
        parser.parse("long-1");
        parser.parse("long-2");

        now = T0.plusSeconds(10);
        parser.parse("long-3"); // full: the expired "short" makes room
        assertThat(parser.size()).isEqualTo(3);
        parser.parse("long-1");
        assertThat(verifications).containsExactly("short", "long-1", "long-2", "long-3");

        parser.parse("long-4"); // full of live entries: it starts again with only the new one
        assertThat(parser.size()).isEqualTo(1);
        parser.parse("long-1");
        assertThat(verifications).endsWith("long-4", "long-1");
    }

    @Test
    void a_cache_of_size_zero_verifies_every_time() throws Exception {
        var parser = parser(0, Optional.empty());
        valid.put("token-a", T0.plusSeconds(60));
        parser.parse("token-a");
        parser.parse("token-a");
        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    /** A JsonWebToken carrying only a name, iat and exp, enough for the cache. */
    private static JsonWebToken jwt(String name, long iat, long exp) {
        Map<String, Object> claims = Map.of("sub", name, "iat", iat, "exp", exp);
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(), new Class<?>[] {JsonWebToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getClaimNames" -> Set.copyOf(claims.keySet());
                    case "getClaim" -> claims.get(String.valueOf(args[0]));
                    case "getExpirationTime" -> exp;
                    case "getIssuedAtTime" -> iat;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "jwt " + name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
