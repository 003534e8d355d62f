package org.rapporteur.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobConfigTest {
    @Test
    void theRootIsThePatternsDirectoryBeforeItsFirstWildcard() {
        assertThat(JobConfig.rootOf("/data/in/**")).isEqualTo("/data/in/");
        assertThat(JobConfig.rootOf("gs://bucket/un/2024/*/res-*.pdf")).isEqualTo("gs://bucket/un/2024/");
        assertThat(JobConfig.rootOf("/data/in/a.txt")).isEqualTo("/data/in/");
        assertThat(JobConfig.rootOf("in/{a,b}/*.txt")).isEqualTo("in/");
        assertThat(JobConfig.rootOf("*.txt")).isEqualTo(".");
    }

    @Test
    void localDirectoriesBecomeAbsoluteAndClusterOnesStayAsGiven() {
        JobConfig c = new JobConfig("in", "gs://bucket/out", List.of("md"), null, 1);
        assertThat(c.inputRoot()).isEqualTo(Path.of("in").toAbsolutePath() + "/");
        assertThat(c.output()).isEqualTo("gs://bucket/out/");
        assertThat(c.relative(Path.of("in/sub/a.txt").toAbsolutePath().toString())).isEqualTo("sub/a.txt");
        assertThat(c.relative("/elsewhere/a.txt")).isNull();
        JobConfig inside = new JobConfig("in", "in/out", List.of("md"), null, 1);
        assertThat(inside.isOutput(Path.of("in/out/a.md").toAbsolutePath().toString())).isTrue();
        assertThat(inside.isOutput(Path.of("in/outlook.txt").toAbsolutePath().toString())).isFalse();
    }

    @Test
    void badFormatsAndEncodingsAreRefusedWhenTheJobIsBuilt() {
        assertThatThrownBy(() -> new JobConfig("in", "out", List.of("md", "rtf"), null, 1))
                .hasMessageContaining("format 'rtf' is not available");
        assertThatThrownBy(() -> new JobConfig("in", "out", List.of("md"), "no-such-charset", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobConfig("in", "out", List.of("md"), null, 0))
                .hasMessageContaining("maxSizeMb");
    }
}
