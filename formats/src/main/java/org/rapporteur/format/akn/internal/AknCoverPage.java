package org.rapporteur.format.akn.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.Field;
import org.rapporteur.model.Metadata;

/** {@code <coverPage>}: the masthead facts the source printed, each marked as AKN4UN marks it. */
public final class AknCoverPage {
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final XmlOut xml;

    public AknCoverPage(XmlOut xml) {
        this.xml = xml;
    }

    public void write(Metadata meta) throws XMLStreamException {
        Map<Field, String> m = meta.asMap();
        if (!(m.containsKey(Field.SYMBOL) || m.containsKey(Field.SESSION) || m.containsKey(Field.DISTRIBUTION)
                || m.containsKey(Field.ADOPTION) || m.containsKey(Field.AGENDA_ITEM))) {
            return;
        }
        xml.open("coverPage", "eId", "coverPage_1");
        if (m.containsKey(Field.SYMBOL)) {
            p("docNumber", m.get(Field.SYMBOL), "refersTo", "#symbol");
        }
        if (m.containsKey(Field.BODY)) {
            p("docAuthority", m.get(Field.BODY), "refersTo", "#issuingBody");
        }
        if (m.containsKey(Field.DISTRIBUTION)) {
            p("docStatus", m.get(Field.DISTRIBUTION), "refersTo", "#generalDistribution");
        }
        if (m.containsKey(Field.ISSUED)) {
            Optional<LocalDate> d = isoDate(m.get(Field.ISSUED));
            if (d.isPresent()) {
                p("docDate", m.get(Field.ISSUED), "date", d.get().toString(), "refersTo", "#dateOfIssuance");
            } else {
                p("inline", m.get(Field.ISSUED), "name", "dateOfIssuance");
            }
        }
        inline(m, Field.LANGUAGE_LINE, "language");
        inline(m, Field.ORIGINAL, "originalLanguage");
        if (m.containsKey(Field.SESSION)) {
            String session = meta.getOrEmpty(Field.NUMBER).replaceAll("/.*", "").replaceAll("\\D", "");
            if (session.isEmpty()) {
                p("inline", m.get(Field.SESSION), "name", "session");
            } else {
                p("session", m.get(Field.SESSION), "value", session, "refersTo", "#session");
            }
        }
        inline(m, Field.SESSION_DATES, "sessionDates");
        inline(m, Field.AGENDA_ITEM, "agenda item");
        inline(m, Field.AGENDA_TITLE, "agenda item name");
        inline(m, Field.ADOPTION, "adoption");
        if (m.containsKey(Field.COMMITTEE_REPORT)) {
            p("docProponent", m.get(Field.COMMITTEE_REPORT), "refersTo", "#committeeReport");
        }
        inline(m, Field.JOB_NUMBER, "jobNumber");
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

    private static Optional<LocalDate> isoDate(String printed) {
        try {
            return Optional.of(LocalDate.parse(printed.strip(), ISSUED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
