package org.rapporteur.pipeline.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The generated PDF fixtures, for tests outside this package. */
public final class PdfFixtureFiles {
    private PdfFixtureFiles() {
    }

    public static boolean fontsPresent() {
        return PdfComposer.fontsPresent();
    }

    public static List<Path> all(Path dir) throws IOException {
        return List.of(PdfFixtures.chinese(dir), PdfFixtures.english(dir), PdfFixtures.englishMarkInNote(dir));
    }
}
