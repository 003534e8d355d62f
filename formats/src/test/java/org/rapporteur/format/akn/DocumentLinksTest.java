package org.rapporteur.format.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.Text;

/** A General Assembly text's citations become links to the UN's document system, as the UN's files make them. */
class DocumentLinksTest {
    private static String akn(Language language, String actor, String... paragraphs) throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(language).with(Field.NUMBER, "78/101").with(Field.ACTOR, actor);
        List<org.rapporteur.model.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Formula("The General Assembly,"));
        for (String p : paragraphs) {
            blocks.add(new Preambular(List.of(new Text(p))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AknWriter().write(Document.of(meta, blocks), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void resolutionNumbersAndSymbolsAreLinkedInTheDocumentsLanguage() throws Exception {
        String xml = akn(Language.ENGLISH, "unga",
                "Recalling its resolutions 1514 (XV) of 14 December 1960 and 217 A (III), and resolution S-27/2,",
                "Having examined the report of the Special Committee (A/78/23) and its resolutions 75/123 and 77/149,");
        assertThat(xml).contains("<a href=\"https://undocs.org/en/A/RES/1514(XV)\">1514 (XV)</a>",
                "<a href=\"https://undocs.org/en/A/RES/217(III)\">217 A (III)</a>",
                "<a href=\"https://undocs.org/en/A/RES/S-27/2\">S-27/2</a>",
                "<a href=\"https://undocs.org/en/A/78/23\">A/78/23</a>",
                "<a href=\"https://undocs.org/en/A/RES/75/123\">75/123</a>",
                "<a href=\"https://undocs.org/en/A/RES/77/149\">77/149</a>");
        assertThat(akn(Language.CHINESE, "unga", "回顾大会2021年12月2日第76/13号决议，"))
                .contains("<a href=\"https://undocs.org/ch/A/RES/76/13\">76/13</a>");
    }

    @Test
    void aNumberIsNoResolutionWithoutTheWordOrWhenAnotherOrganIsNamed() throws Exception {
        String xml = akn(Language.ENGLISH, "unga", "Noting that 3/4 of Member States replied,",
                "Recalling Human Rights Council resolution 48/13 of 8 October 2021,");
        assertThat(xml).doesNotContain("<a ");
    }

    @Test
    void theCouncilsTextsAreNotLinkedAsTheUnsFilesAreNot() throws Exception {
        assertThat(akn(Language.ENGLISH, "unga-hrc", "Recalling General Assembly resolution 60/251,")).doesNotContain("<a ");
    }
}
