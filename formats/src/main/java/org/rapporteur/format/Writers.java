package org.rapporteur.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.format.akn.AknWriter;
import org.rapporteur.format.docx.DocxWriter;
import org.rapporteur.format.markdown.MarkdownWriter;

/** The writers this build has, by format name. */
public final class Writers {
    private static final Map<String, DocumentWriter> ALL;

    static {
        Map<String, DocumentWriter> m = new LinkedHashMap<>();
        for (DocumentWriter w : new DocumentWriter[] {new MarkdownWriter(), new DocxWriter(), new AknWriter()}) {
            m.put(w.name(), w);
        }
        ALL = Collections.unmodifiableMap(m);
    }

    private Writers() {
    }

    public static Optional<DocumentWriter> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Every writer, in a fixed order. */
    public static Map<String, DocumentWriter> all() {
        return ALL;
    }
}
