package org.rapporteur.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A log line stays one line whatever a file is named; PDFBox's font cache goes where caches go. */
class LogsAndCacheTest {
    @Test
    void fileNamesAndMessagesCannotBreakOrRepaintALogLine() {
        assertThat(Logs.safe(Path.of("in/evil\nFAILED other.txt\u001b[2J.txt")))
                .isEqualTo("in/evil\\nFAILED other.txt\\x1b[2J.txt");
        assertThat(Logs.safe("tab\there\r\u0085\u2028")).isEqualTo("tab\\there\\r\\x85\\x2028");
        assertThat(Logs.safe("résolution 第 78/1 号 قرار")).isEqualTo("résolution 第 78/1 号 قرار");
    }

    @Test
    void theFontCacheGoesInOurCacheDirectory() {
        assertThat(Main.cacheDirectory(Map.of("RAPPORTEUR_CACHE", "/var/cache/rap"))).isEqualTo(Path.of("/var/cache/rap"));
        assertThat(Main.cacheDirectory(Map.of("XDG_CACHE_HOME", "/home/u/.cache"))).isEqualTo(Path.of("/home/u/.cache/rapporteur"));
        assertThat(Main.cacheDirectory(Map.of("XDG_CACHE_HOME", "relative")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "rapporteur"));
        Main.useCacheDirectory(Map.of());
        assertThat(System.getProperty(Main.FONT_CACHE)).isNotNull();
    }
}
