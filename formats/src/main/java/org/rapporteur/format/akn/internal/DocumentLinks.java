package org.rapporteur.format.akn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.profile.Links;

/**
 * Links to the documents a General Assembly text cites, as the UN's files make them: a document symbol
 * ("A/78/23") and a resolution's number ("76/13", "S-27/2", "1514 (XV)", "217 A (III)") become
 * {@code <a href="https://undocs.org/en/A/RES/76/13">}, in the document's language. A number is a
 * resolution's only where the language's word for resolution stands near it and no other organ is named
 * just before it ("Human Rights Council resolution 48/13" is no General Assembly resolution).
 */
final class DocumentLinks {
    /** A piece of text, linked ({@code href}) or not (null). */
    record Segment(String text, String href) {
    }

    private static final Pattern CITED = Pattern.compile(
            "(?<symbol>(?<![A-Za-z0-9/])A/(?:[A-Z0-9.\\-]+/)*[A-Z0-9]+(?:\\.\\d+)?(?:/Add\\.\\d+)?)"
                    + "|(?<roman>(?<![A-Za-z0-9/])(?<rn>\\d{1,4})\\s?(?:[A-Z]\\s)?\\((?<rr>[IVXLC]{1,6})\\))"
                    + "|(?<res>(?<![A-Za-z0-9/.\\-])(?:(?:ES|S)-)?\\d{1,3}/\\d{1,4}(?![\\p{N}/]))");
    private static final int BEFORE = 60;
    private static final int AFTER = 12;
    private final Links links;
    private final List<String> otherOrgans;

    DocumentLinks(Links links, List<String> otherOrgans) {
        this.links = links;
        this.otherOrgans = List.copyOf(otherOrgans);
    }

    /** {@code text} cut into linked and plain pieces; {@code before} is the paragraph's text before it. */
    List<Segment> split(String text, String before) {
        if (text.indexOf('/') < 0 && text.indexOf('(') < 0) {
            // (nothing a citation is made of: no symbol, no number of a resolution)
            return List.of(new Segment(text, null));
        }
        List<Segment> out = new ArrayList<>();
        Matcher m = CITED.matcher(text);
        int at = 0;
        while (m.find()) {
            String href = href(m, text, before);
            if (href == null) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), null));
            }
            out.add(new Segment(m.group(), href));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }

    private String href(Matcher m, String text, String before) {
        String base = "https://undocs.org/" + links.undocs() + "/";
        if (m.group("symbol") != null) {
            return base + m.group("symbol");
        }
        String context = before + text.substring(0, m.start());
        String near = context.substring(Math.max(0, context.length() - BEFORE));
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER));
        if (!links.resolution().matcher(near).find() && !links.resolution().matcher(after).find()) {
            return null;
        }
        String justBefore = context.substring(Math.max(0, context.length() - 40));
        if (otherOrgans.stream().anyMatch(justBefore::contains)) {
            return null;
        }
        if (m.group("roman") != null) {
            return base + "A/RES/" + m.group("rn") + "(" + m.group("rr") + ")";
        }
        return base + "A/RES/" + m.group("res");
    }
}
