package com.lockvue.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.domain.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlTest {

    @Test
    void anHttpsUrlKeepsItsHostPortPathAndQuery() {
        WebhookUrl url = WebhookUrl.parse("https://hooks.example.com:8443/lockvue?tenant=7", "/url");
        assertThat(url.https()).isTrue();
        assertThat(url.host()).isEqualTo("hooks.example.com");
        assertThat(url.port()).isEqualTo(8443);
        assertThat(url.pathAndQuery()).isEqualTo("/lockvue?tenant=7");
    }

    @Test
    void defaultPortsAndAnIpv6HostWithoutBrackets() {
        assertThat(WebhookUrl.parse("http://[2001:db8::1]", "/url").host()).isEqualTo("2001:db8::1");
        assertThat(WebhookUrl.parse("http://[2001:db8::1]", "/url").port()).isEqualTo(80);
        assertThat(WebhookUrl.parse("https://example.com", "/url").pathAndQuery()).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com/hook", "ftp://example.com/", "file:///etc/passwd", "https:///nohost",
            "https://user:pass@example.com/", "https://example.com/#frag", "javascript:alert(1)", "https://exa mple.com/"})
    void refusesWhatIsNotAnAbsoluteHttpUrlWithAHostAndNoCredentials(String raw) {
        assertThatThrownBy(() -> WebhookUrl.parse(raw, "/url")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors().get(0).field()).isEqualTo("/url"));
    }

    @Test
    void refusesOverlongUrls() {
        assertThatThrownBy(() -> WebhookUrl.parse("https://example.com/" + "a".repeat(2000), "/url"))
                .isInstanceOf(InvalidInput.class);
    }
}
