package com.lockvue.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.domain.webhook.WebhookUrl;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {
    final TargetGuard guard = new TargetGuard(List.of(), true);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.10.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.10", "::1", "::",
            "fe80::1", "fd00:ec2::254", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
            "2001:db8::1"})
    void refusesAddressesThatAreNotPublic(String address) throws Exception {
        assertThat(guard.refusalOf(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "100.128.0.1"})
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(guard.refusalOf(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void anOperatorMayAllowABlockExplicitly() throws Exception {
        TargetGuard onPremises = new TargetGuard(List.of(Network.parse("127.0.0.0/8"), Network.parse("10.1.0.0/16")), false);
        assertThat(onPremises.refusalOf(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(onPremises.refusalOf(InetAddress.getByName("10.1.200.3"))).isEmpty();
        assertThat(onPremises.refusalOf(InetAddress.getByName("10.2.0.1"))).isPresent();
        assertThat(onPremises.refusalOf(InetAddress.getByName("169.254.169.254"))).isPresent();
        assertThat(onPremises.refusalOf(WebhookUrl.parse("http://localhost:9000/hook", "/url"))).isEmpty();
    }

    @Test
    void judgesUrlsByTheirSchemeAndLiteralHostsWithoutAskingDns() {
        assertThat(guard.refusalOf(WebhookUrl.parse("http://hooks.example.com/", "/url"))).contains("must be an https URL");
        assertThat(guard.refusalOf(WebhookUrl.parse("https://hooks.example.com/", "/url"))).isEmpty();
        assertThat(guard.refusalOf(WebhookUrl.parse("https://localhost/", "/url"))).isPresent();
        assertThat(guard.refusalOf(WebhookUrl.parse("https://a.b.localhost/", "/url"))).isPresent();
        assertThat(guard.refusalOf(WebhookUrl.parse("https://[::1]:8443/", "/url"))).isPresent();
        assertThat(guard.refusalOf(WebhookUrl.parse("https://169.254.169.254/latest/meta-data", "/url"))).isPresent();
    }
}
