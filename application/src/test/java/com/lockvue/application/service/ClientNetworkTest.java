package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {
    @Test
    void an_ipv4_client_is_its_own_address() {
        assertThat(ClientNetwork.keyOf("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.keyOf("198.51.100.8")).isEqualTo("198.51.100.8");
    }

    @Test
    void every_address_of_one_ipv6_slash_64_counts_as_one_client() {
        String key = ClientNetwork.keyOf("2001:db8:85a3:12::1");
        assertThat(ClientNetwork.keyOf("2001:db8:85a3:12:ffff:ffff:ffff:fffe")).isEqualTo(key);
        assertThat(ClientNetwork.keyOf("2001:0DB8:85A3:0012:0:0:0:abcd")).isEqualTo(key);
        assertThat(ClientNetwork.keyOf("2001:db8:85a3:12::1%eth0")).isEqualTo(key);
        assertThat(key).isEqualTo("2001:db8:85a3:12::/64");
    }

    @Test
    void the_next_slash_64_is_another_client() {
        assertThat(ClientNetwork.keyOf("2001:db8:85a3:13::1")).isNotEqualTo(ClientNetwork.keyOf("2001:db8:85a3:12::1"));
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_the_ipv4_address() {
        assertThat(ClientNetwork.keyOf("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void six_to_four_and_nat64_addresses_count_as_the_ipv4_address_they_carry() {
        assertThat(ClientNetwork.keyOf("2002:c633:6407:1::1")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.keyOf("2002:c633:6407:ffff::2")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.keyOf("64:ff9b::c633:6407")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.keyOf("64:ff9b::c633:6408")).isEqualTo("198.51.100.8");
    }

    @Test
    void what_is_not_an_ip_literal_is_kept_as_it_is_and_never_looked_up() {
        // Would be host names if the part before the zone id were looked up.
        assertThat(ClientNetwork.keyOf("bad.cafe%x:y")).isEqualTo("bad.cafe%x:y");
        assertThat(ClientNetwork.keyOf("1.2.3.4.5%:")).isEqualTo("1.2.3.4.5%:");
        assertThat(ClientNetwork.keyOf("unknown")).isEqualTo("unknown");
        assertThat(ClientNetwork.keyOf("example.com:80")).isEqualTo("example.com:80");
        assertThat(ClientNetwork.keyOf("zz::1")).isEqualTo("zz::1");
        assertThat(ClientNetwork.keyOf(".1:2")).isEqualTo(".1:2");
        assertThat(ClientNetwork.keyOf("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(ClientNetwork.keyOf(null)).isNull();
    }
}
