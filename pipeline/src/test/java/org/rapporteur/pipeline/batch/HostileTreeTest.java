package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/**
 * What a hostile or broken tree does to a batch: an unreadable directory, links in and out of the input and
 * the output, an output that cannot take a file's outputs or the report, the mode outputs get.
 */
class HostileTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path seed(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), dir.resolve(name));
    }

    private Map<String, JsonNode> report(Path out) throws IOException {
        Map<String, JsonNode> byInput = new LinkedHashMap<>();
        for (JsonNode e : JSON.readTree(out.resolve("report.json").toFile()).get("entries")) {
            byInput.put(Path.of(e.get("input").asText()).getFileName().toString(), e);
        }
        return byInput;
    }

    @Test
    void aDirectoryTheWalkCannotReadIsThatPathsErrorAndTheWalkGoesOn() throws IOException {
        // (tests may run as root, whom no permission stops: the walk is handed the failure the file system gives)
        Path in = tmp.resolve("in");
        seed(in, "a.txt");
        InputFinder.Walk walk = new InputFinder.Walk(in, in.toRealPath(), null, false);
        Path locked = in.resolve("locked");
        assertThat(walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())))
                .isEqualTo(FileVisitResult.CONTINUE);
        assertThat(walk.found).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(locked);
            assertThat(f.problem()).isEqualTo("cannot be read: permission denied");
        });
    }

    @Test
    void anUnreadableDirectoryFailsAloneWhenPermissionsHold() throws IOException {
        Path in = tmp.resolve("in");
        seed(in, "a.txt");
        Path locked = in.resolve("locked");
        seed(locked, "b.txt");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            Path out = tmp.resolve("out");
            int code = Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md");
            assertThat(out.resolve("a.md")).exists();
            if (Files.isReadable(locked)) {
                assertThat(code).as("(root reads it all the same)").isZero();
            } else {
                assertThat(code).isEqualTo(1);
                assertThat(report(out).get("locked").get("reason").asText()).isEqualTo("cannot be read: permission denied");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLinkToAFileOutsideTheInputIsNotReadUnlessAsked() throws IOException {
        Path in = tmp.resolve("in");
        seed(in, "a.txt");
        Path secret = seed(tmp.resolve("elsewhere"), "secret.txt");
        Files.createSymbolicLink(in.resolve("x.txt"), secret);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("a.txt"));
        Path out = tmp.resolve("out");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isEqualTo(1);
        assertThat(out.resolve("x.md")).doesNotExist();
        assertThat(out.resolve("inside.md")).as("a link within the input is read").exists();
        assertThat(report(out).get("x.txt").get("reason").asText())
                .isEqualTo("a symbolic link to " + secret.toRealPath() + ", outside the input (--follow-links reads it)");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md", "--follow-links")).isZero();
        assertThat(out.resolve("x.md")).exists();
    }

    @Test
    void nothingIsWrittenThroughALinkInTheOutput() throws IOException {
        Path in = tmp.resolve("in");
        seed(in.resolve("sub"), "a.txt");
        seed(in, "b.txt");
        Path out = tmp.resolve("out");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isEqualTo(1);
        try (var planted = Files.list(elsewhere)) {
            assertThat(planted).isEmpty();
        }
        assertThat(report(out).get("a.txt").get("reason").asText()).contains("is a symbolic link");
        assertThat(out.resolve("b.md")).exists();
    }

    @Test
    void aFileThatCannotTakeAllItsOutputsKeepsNone() throws IOException {
        Path in = tmp.resolve("in");
        seed(in, "x.txt");
        Path out = tmp.resolve("out");
        // the DOCX cannot replace a directory that holds something, as a full disk would refuse it
        Files.createDirectories(out.resolve("x.docx"));
        Files.writeString(out.resolve("x.docx/keep"), "");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isEqualTo(1);
        assertThat(out.resolve("x.md")).doesNotExist();
        assertThat(out.resolve("x.akn.xml")).doesNotExist();
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void outputsGetTheModeAPlainFileGets() throws IOException {
        Path in = tmp.resolve("in");
        seed(in, "a.txt");
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isZero();
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(tmp.resolve("plain")));
        assertThat(Files.getPosixFilePermissions(out.resolve("a.md"))).isEqualTo(plain);
        assertThat(Files.getPosixFilePermissions(out.resolve("report.json"))).isEqualTo(plain);
    }

    @Test
    void anOutputThatCannotBeMadeIsAnEnvironmentErrorAndAReportThatCannotBeWrittenToo() throws IOException {
        Path in = tmp.resolve("in");
        seed(in, "a.txt");
        Path file = Files.writeString(tmp.resolve("file"), "");
        assertThat(Main.run("convert", in.toString(), "-o", file.resolve("out").toString())).isEqualTo(2);
        assertThat(Main.run("convert", in.toString(), "-o", file.toString())).as("an output that is a file").isEqualTo(2);

        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("report.json"));
        Files.writeString(out.resolve("report.json/keep"), "");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isEqualTo(2);
        assertThat(out.resolve("a.md")).as("what can be written is written").exists();
    }

    @Test
    void aFullOrReadOnlyFileSystemIsTheRunsConcernNotTheFiles() {
        // (probed on a 300 KB tmpfs: 10 files converted whole, 30 failed with this reason, exit code 2)
        assertThat(BatchRunner.fileSystemFailure(new java.nio.file.FileSystemException("/out/a.md", null,
                "No space left on device"))).isEqualTo("No space left on device");
        assertThat(BatchRunner.fileSystemFailure(new java.nio.file.FileSystemException("/out/a.md", null,
                "Read-only file system"))).isEqualTo("Read-only file system");
        assertThat(BatchRunner.fileSystemFailure(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(BatchRunner.fileSystemFailure(new AccessDeniedException("/in/a.txt"))).isNull();
        InputFile f = new InputFile(tmp.resolve("a.txt"), Path.of("a.txt"));
        assertThat(Outcome.failed(f, Outcome.OUTPUT_FILE_SYSTEM + "No space left on device", 0).environmental()).isTrue();
        assertThat(Outcome.failed(f, "empty file", 0).environmental()).isFalse();
    }
}
