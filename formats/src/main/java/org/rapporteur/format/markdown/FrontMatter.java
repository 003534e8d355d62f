package org.rapporteur.format.markdown;

import java.util.Locale;
import java.util.Optional;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;

/**
 * The document's metadata as YAML front matter, keys in a fixed order, named to fit static-site generators
 * and pandoc's templates: {@code title} (the number and title as printed: the page's title, so the body
 * does not repeat it), {@code lang}, {@code dir}, {@code date}, {@code symbol}, {@code translationKey}
 * (shared by the six language versions of one text: Hugo's key, a collection key elsewhere), {@code slug},
 * then the masthead facts. No key is one of pandoc's template variables that would replace the page
 * ({@code body}: the issuing organ is {@code organ}).
 */
final class FrontMatter {
    private FrontMatter() {
    }

    static String render(Document doc) {
        StringBuilder sb = new StringBuilder("---\n");
        Metadata meta = doc.metadata();
        meta.printedTitle().ifPresent(t -> sb.append("title: ").append(MarkdownEscaper.yaml(t)).append('\n'));
        meta.language().ifPresent(l -> sb.append("lang: ").append(l.code()).append('\n'));
        if (meta.language().map(Language::rightToLeft).orElse(false)) {
            sb.append("dir: rtl\n");
        }
        Optional<Closing> closing = doc.blocks(Closing.class).stream().findFirst();
        doc.date().ifPresent(d -> sb.append("date: ").append(d).append('\n'));
        meta.get(Field.SYMBOL).ifPresent(s -> sb.append("symbol: ").append(MarkdownEscaper.yaml(s)).append('\n'));
        meta.translationKey().ifPresent(k -> sb.append("translationKey: ").append(MarkdownEscaper.yaml(k)).append('\n')
                .append("slug: ").append(MarkdownEscaper.yaml(slug(k))).append('\n'));
        for (var e : meta.asMap().entrySet()) {
            if (!SHOWN_ABOVE.contains(e.getKey())) {
                sb.append(key(e.getKey())).append(": ").append(MarkdownEscaper.yaml(e.getValue())).append('\n');
            }
        }
        closing.filter(c -> !c.meeting().isEmpty())
                .ifPresent(c -> sb.append("meeting: ").append(MarkdownEscaper.yaml(c.meeting())).append('\n'));
        return sb.append("---\n").toString();
    }

    private static final java.util.Set<Field> SHOWN_ABOVE = java.util.EnumSet.of(Field.SOURCE, Field.HEADING, Field.TITLE,
            Field.SYMBOL, Field.ISSUED_DATE, Field.ADOPTION_DATE, Field.SESSION_START, Field.SESSION_END);

    /** A URL path segment from a key: "A/RES/65/218" → "a-res-65-218". */
    static String slug(String key) {
        String s = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "document" : s;
    }

    private static String key(Field f) {
        return f == Field.BODY ? "organ" : f.name().toLowerCase(Locale.ROOT);
    }
}
