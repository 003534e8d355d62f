package org.rapporteur.format.markdown;

import java.util.Map;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;

/** The document's metadata as YAML front matter, keys in a fixed order. */
final class FrontMatter {
    private FrontMatter() {
    }

    static String render(Document doc) {
        StringBuilder sb = new StringBuilder("---\n");
        Map<Field, String> meta = doc.metadata().asMap();
        doc.metadata().language().ifPresent(l -> sb.append("lang: ").append(l.code()).append('\n'));
        if (doc.metadata().language().map(Language::rightToLeft).orElse(false)) {
            sb.append("dir: rtl\n");
        }
        for (var e : meta.entrySet()) {
            if (e.getKey() != Field.SOURCE && e.getKey() != Field.HEADING) {
                sb.append(key(e.getKey())).append(": ").append(MarkdownEscaper.yaml(e.getValue())).append('\n');
            }
        }
        doc.blocks(Closing.class).stream().findFirst().ifPresent(c -> {
            c.date().ifPresent(d -> sb.append("date: ").append(d).append('\n'));
            if (!c.meeting().isEmpty()) {
                sb.append("meeting: ").append(MarkdownEscaper.yaml(c.meeting())).append('\n');
            }
        });
        return sb.append("---\n").toString();
    }

    private static String key(Field f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }
}
