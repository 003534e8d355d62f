package org.rapporteur.format.akn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.format.EveryKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;

/**
 * Every kind of block and inline, the characters XML escapes among them, in each language, against its
 * reviewed Akoma Ntoso ({@code -Dgolden.update=true} rewrites them; review the diff). The files were first
 * written through the JDK's StAX writer: a writer that changes a byte of them shows here.
 */
class AknBytesTest {
    private static final Path DIR = Path.of("src/test/resources/org/rapporteur/format/akn");

    @ParameterizedTest
    @EnumSource(Language.class)
    void asReviewed(Language language) throws Exception {
        EveryKind.check(DIR, "everything_" + language.code() + ".akn.xml", akn(EveryKind.everything(language)));
        EveryKind.check(DIR, "bare_" + language.code() + ".akn.xml", akn(EveryKind.bare(language)));
    }

    private static String akn(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AknWriter().write(d, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
