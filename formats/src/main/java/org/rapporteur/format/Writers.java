package org.rapporteur.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        for (DocumentWriter w : new DocumentWriter[] {new MarkdownWriter(), new DocxWriter(), new AknWriter(),
                new org.rapporteur.format.html.HtmlWriter()}) {
            m.put(w.name(), w);
        }
        ALL = Collections.unmodifiableMap(m);
    }

    private Writers() {
    }

    public static Optional<DocumentWriter> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** The writers named, in the order given; an unknown name is an {@link IllegalArgumentException} saying what there is. */
    public static List<DocumentWriter> named(List<String> names) {
        List<DocumentWriter> out = new ArrayList<>();
        for (String n : names) {
            String name = n.strip();
            out.add(byName(name).orElseThrow(() -> new IllegalArgumentException("format '" + name
                    + "' is not available in this build (available: " + String.join(", ", ALL.keySet()) + ")")));
        }
        return out;
    }

    /** Every writer, in a fixed order. */
    public static Map<String, DocumentWriter> all() {
        return ALL;
    }

    /**
     * The formats written when none are named: the three an archive keeps (Markdown, DOCX, Akoma Ntoso).
     * HTML is for publishers and asked for by name.
     */
    public static Map<String, DocumentWriter> defaults() {
        Map<String, DocumentWriter> m = new LinkedHashMap<>(ALL);
        m.remove("html");
        return Collections.unmodifiableMap(m);
    }
}
