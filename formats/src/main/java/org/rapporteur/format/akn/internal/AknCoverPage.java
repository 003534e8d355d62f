package org.rapporteur.format.akn.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.profile.MastheadLines;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.Field;
import org.rapporteur.model.Metadata;

/** {@code <coverPage>}: the masthead facts the source printed, each marked as AKN4UN marks it. */
public final class AknCoverPage {
    private final XmlOut xml;

    public AknCoverPage(XmlOut xml) {
        this.xml = xml;
    }

    /**
     * The cover page in the UN's order: the publisher (the United Nations, named in the document's language,
     * whether or not the page prints it), the symbol, the issuing body, distribution, date of issue,
     * languages, session (referring to its organ), agenda item (titled by its number) and name, the adoption
     * line as the document's title, and who put the text forward (a main committee, or none), its
     * originating document marked inside.
     */
    public void write(Metadata meta, MastheadLines lines, String sessionOf, Optional<String> parent)
            throws XMLStreamException {
        Map<Field, String> m = meta.asMap();
        if (!(m.containsKey(Field.SYMBOL) || m.containsKey(Field.SESSION) || m.containsKey(Field.DISTRIBUTION)
                || m.containsKey(Field.ADOPTION) || m.containsKey(Field.AGENDA_ITEM))) {
            return;
        }
        xml.open("coverPage", "eId", "coverPage_1");
        if (!lines.organization().isEmpty()) {
            p("docAuthority", lines.organization().get(0), "refersTo", "#publisher");
        }
        if (m.containsKey(Field.SYMBOL)) {
            p("docNumber", m.get(Field.SYMBOL), "refersTo", "#symbol");
        }
        if (parent.isPresent()) {
            // (a subsidiary body's texts are issued by its parent: "General Assembly", then "Human Rights Council")
            p("docAuthority", parent.get(), "refersTo", "#issuingBody");
        } else if (m.containsKey(Field.BODY)) {
            p("docAuthority", m.get(Field.BODY), "refersTo", "#issuingBody");
        }
        if (m.containsKey(Field.DISTRIBUTION)) {
            p("docStatus", m.get(Field.DISTRIBUTION), "refersTo", "#generalDistribution");
        }
        if (m.containsKey(Field.ISSUED)) {
            // (read by the structure stage, in the document's language or another: the writers know no month names)
            Optional<String> d = meta.get(Field.ISSUED_DATE);
            if (d.isPresent()) {
                p("docDate", m.get(Field.ISSUED), "date", d.get(), "refersTo", "#dateOfIssuance");
            } else {
                p("inline", m.get(Field.ISSUED), "name", "dateOfIssuance");
            }
        }
        if (m.containsKey(Field.LANGUAGE_LINE)) {
            // the line naming the version's language ("Français", "Arabic"), referring to the language by its
            // English name as the UN's reference list does (#french; their cover pages write #French, which
            // no reference answers: ours resolves)
            p("inline", m.get(Field.LANGUAGE_LINE), "name", "languageOfExpression", "refersTo", "#"
                    + englishName(meta.language().orElse(org.rapporteur.model.Language.ENGLISH)).toLowerCase(Locale.ROOT));
        }
        if (m.containsKey(Field.ORIGINAL)) {
            Optional<String> language = originalLanguage(m.get(Field.ORIGINAL));
            if (language.isPresent()) {
                p("inline", m.get(Field.ORIGINAL), "name", "originalLanguage", "refersTo", "#" + language.get());
            } else {
                p("inline", m.get(Field.ORIGINAL), "name", "originalLanguage");
            }
        }
        if (parent.isPresent() && m.containsKey(Field.BODY)) {
            p("docAuthority", m.get(Field.BODY), "refersTo", "#subsidiaryBody");
        }
        if (m.containsKey(Field.SESSION)) {
            String session = meta.getOrEmpty(Field.NUMBER).replaceAll("/.*", "").replaceAll("\\D", "");
            if (session.isEmpty()) {
                p("inline", m.get(Field.SESSION), "name", "session");
            } else {
                p("session", m.get(Field.SESSION), "value", session, "refersTo", "#" + (sessionOf == null ? "session" : sessionOf));
            }
        }
        if (m.containsKey(Field.SESSION_START_DATE) && m.containsKey(Field.SESSION_END_DATE)) {
            // the session's dates as the UN marks them: an event of the session, from its first day to its last
            xml.openMixed("p");
            xml.openMixed("event", "refersTo", "#session");
            xml.leaf("date", m.get(Field.SESSION_START), "date", m.get(Field.SESSION_START_DATE), "refersTo", "#startDate");
            // what the masthead prints between the two ("–", or the space left where a dash was not read)
            xml.text(between(m.getOrDefault(Field.SESSION_DATES, ""), m.get(Field.SESSION_START), m.get(Field.SESSION_END)));
            xml.leaf("date", m.get(Field.SESSION_END), "date", m.get(Field.SESSION_END_DATE), "refersTo", "#endDate");
            xml.close();
            xml.close();
        } else {
            inline(m, Field.SESSION_DATES, "sessionDates");
        }
        if (m.containsKey(Field.AGENDA_ITEM)) {
            Matcher number = AGENDA_NUMBER.matcher(m.get(Field.AGENDA_ITEM));
            if (number.find()) {
                p("inline", m.get(Field.AGENDA_ITEM), "name", "agenda item", "title", number.group());
            } else {
                p("inline", m.get(Field.AGENDA_ITEM), "name", "agenda item");
            }
        }
        inline(m, Field.AGENDA_TITLE, "agenda item name");
        if (m.containsKey(Field.ADOPTION)) {
            p("docTitle", m.get(Field.ADOPTION));
        }
        if (m.containsKey(Field.COMMITTEE_REPORT)) {
            proponent(m.get(Field.COMMITTEE_REPORT), lines.proponent(m.get(Field.COMMITTEE_REPORT)).orElse("committeeReport"));
        }
        xml.close();
    }

    /**
     * The original language as the UN's files refer to it: the word after the label, lower case
     * ("Original: English" → {@code english}, "Original: inglés" → {@code inglés}).
     */
    public static Optional<String> originalLanguage(String line) {
        int colon = Math.max(line.indexOf(':'), line.indexOf('：'));
        String word = colon < 0 ? "" : line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        return word.matches("[\\p{L}-]+") ? Optional.of(word) : Optional.empty();
    }

    /** A language's English name, "French", "Arabic": how the UN's files name the language of a version. */
    public static String englishName(org.rapporteur.model.Language language) {
        return Locale.forLanguageTag(language.code()).getDisplayLanguage(Locale.ENGLISH);
    }

    /** An agenda item's number as the UN titles it: "11", "71 (b)". */
    private static final Pattern AGENDA_NUMBER = Pattern.compile("\\d+(\\s*\\([a-z]\\))?");
    /** A document symbol inside the proponent line: "(A/78/L.9)". */
    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{1,2}/(?:[A-Z0-9.]+/)*[A-Z0-9.]+(?:/Add\\.\\d+)?");

    /** {@code <docProponent>} with the originating document it names marked as the UN marks it. */
    private void proponent(String line, String refersTo) throws XMLStreamException {
        xml.openMixed("p");
        xml.openMixed("docProponent", "refersTo", "#" + refersTo);
        Matcher symbol = SYMBOL.matcher(line);
        if ("noMainCommittee".equals(refersTo) && symbol.find()) {
            xml.text(line.substring(0, symbol.start()));
            xml.leaf("inline", symbol.group(), "name", "originating document");
            xml.text(line.substring(symbol.end()));
        } else {
            xml.text(line);
        }
        xml.close();
        xml.close();
    }

    private void inline(Map<Field, String> m, Field f, String name) throws XMLStreamException {
        if (m.containsKey(f)) {
            p("inline", m.get(f), "name", name);
        }
    }

    private void p(String element, String text, String... attributes) throws XMLStreamException {
        xml.openMixed("p");
        xml.leaf(element, text, attributes);
        xml.close();
    }

    /** The text of {@code range} between its {@code start} and {@code end}, or a space where it does not read so. */
    private static String between(String range, String start, String end) {
        if (range.startsWith(start) && range.endsWith(end) && range.length() >= start.length() + end.length()) {
            String middle = range.substring(start.length(), range.length() - end.length());
            return middle.isEmpty() ? " " : middle;
        }
        return " ";
    }
}
