package org.rapporteur.format.akn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.akn.internal.AknBody;
import org.rapporteur.format.akn.internal.AknCoverPage;
import org.rapporteur.format.akn.internal.AknInlines;
import org.rapporteur.format.akn.internal.AknMeta;
import org.rapporteur.format.akn.internal.FrbrIri;
import org.rapporteur.format.akn.internal.NoteMarkers;
import org.rapporteur.format.akn.internal.XmlOut;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.profile.Organ;
import org.rapporteur.profile.Profiles;

/**
 * Akoma Ntoso 3.0 following the UN's AKN4UN conventions: {@code <statement name="resolution">} with FRBR
 * identification, cover page, preface, preamble of containers, numbered paragraphs, notes inline as
 * {@code authorialNote}s at their reference points, conclusions, and the vote in the parliamentary analysis.
 * Written with StAX, so every text is escaped by construction.
 */
public final class AknWriter implements DocumentWriter {
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    @Override
    public String name() {
        return "akn";
    }

    @Override
    public String extension() {
        return ".akn.xml";
    }

    @Override
    public void write(Document doc, OutputStream out) throws IOException {
        try {
            XmlOut xml = new XmlOut(out);
            xml.startDocument();
            xml.root("akomaNtoso", NAMESPACE, "akn4un", AknMeta.AKN4UN);
            xml.open("statement", "name", "resolution");
            Metadata meta = doc.metadata();
            Language language = meta.language().orElse(Language.ENGLISH);
            Optional<Closing> closing = doc.blocks(Closing.class).stream().filter(c -> c.date().isPresent()).findFirst();
            // the adoption date; a draft's date of issue; only where the text gives neither, a placeholder
            // (a text whose closing was not read is dated by its adoption line: "…adopted by the General Assembly on…")
            Optional<String> adopted = closing.map(c -> c.date().get().toString()).or(() -> meta.get(Field.ADOPTION_DATE));
            String date = adopted.or(() -> meta.get(Field.ISSUED_DATE)).orElse("0001-01-01");
            String dateName = adopted.isPresent() ? "adoption" : meta.has(Field.ISSUED_DATE) ? "issued" : "unknown";
            String number = meta.get(Field.NUMBER).orElse(meta.getOrEmpty(Field.SOURCE).replaceAll("\\.[^.]*$", ""));
            FrbrIri iri = new FrbrIri(organ(meta).actor(), date, number.isEmpty() ? "unnumbered" : number, language.iso6392());
            var lines = Profiles.of(language).masthead();
            java.util.List<String[]> more = new java.util.ArrayList<>();
            meta.get(Field.COMMITTEE_REPORT).flatMap(lines::proponent).ifPresent(ref -> more.add(new String[] {
                    "TLCTerm", ref, "#" + ref, Profiles.proponentName(ref).orElse(ref)}));
            meta.get(Field.ORIGINAL).flatMap(AknCoverPage::originalLanguage).ifPresent(l -> more.add(new String[] {
                    "TLCConcept", l, "/akn/ontology/concept/un/language/" + l, l}));
            if (doc.blocks(org.rapporteur.model.AdoptionNote.class).stream().anyMatch(a -> AknBody.adoptedWithoutVote(a, language))) {
                more.add(new String[] {"TLCTerm", "adoptedWithoutVote", "/akn/ontology/concept/un/voting/adoptedWithoutVote",
                        "Adopted without a vote"});
            }
            if (meta.has(Field.LANGUAGE_LINE)) {
                String name = AknCoverPage.englishName(language);
                String id = name.toLowerCase(java.util.Locale.ROOT);
                more.add(new String[] {"TLCTerm", id, "/akn/ontology/concept/un/language/" + id, name});
            }
            String published = adopted.isPresent() ? meta.get(Field.ISSUED_DATE).orElse(null) : null;
            Organ organ = organ(meta);
            Optional<Organ> parent = Profiles.parent(organ);
            if (meta.has(Field.SESSION) && organ.akn().session() != null) {
                // (what a session refers to: the organ, under the name the UN's cover pages give it)
                more.add(new String[] {"TLCOrganization", organ.akn().session(), organ.akn().href(), organ.akn().showAs()});
            }
            parent.ifPresent(p -> {
                more.add(new String[] {"TLCOrganization", p.akn().eId(), p.akn().href(), p.akn().showAs()});
                more.add(new String[] {"TLCRole", "subsidiaryBody", "/akn/role/concept/un/subsidiaryBody", "Subsidiary body"});
            });
            new AknMeta(xml).write(iri, dateName, published, body(organ, parent), doc.blocks(RecordedVote.class), more,
                    meta.get(Field.JOB_NUMBER).orElse(null));
            new AknCoverPage(xml).write(meta, lines, organ.akn().session(),
                    parent.map(p -> p.names().get(language.code())).map(Organ.Name::name));
            preface(xml, meta);
            // (the General Assembly's files link the documents its texts cite; the Council's do not)
            boolean links = organ.akn().linksCitations();
            java.util.List<String> others = Profiles.organs().stream().filter(o -> o != organ)
                    .map(o -> o.names().get(language.code())).filter(java.util.Objects::nonNull).map(Organ.Name::name).toList();
            AknBody body = new AknBody(xml, new AknInlines(xml, new NoteMarkers(NoteOrder.of(doc)),
                    links ? Profiles.of(language).links() : null, others), language, doc, organ.actor());
            body.preamble(doc);
            body.mainBody(doc);
            // (the vote is by the organ under the name the UN's files give it, where the references hold it)
            body.conclusions(doc, separator(language), meta.has(Field.SESSION) && organ.akn().session() != null
                    ? organ.akn().session() : organ.akn().eId());
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write Akoma Ntoso: " + e.getMessage(), e);
        }
    }

    private static void preface(XmlOut xml, Metadata meta) throws XMLStreamException {
        if (!meta.has(Field.NUMBER) && !meta.has(Field.TITLE)) {
            return;
        }
        String number = meta.getOrEmpty(Field.NUMBER);
        String title = meta.getOrEmpty(Field.TITLE);
        // The number and title as the title line prints them, which the UN's files keep: "78/10." and the title;
        // in Arabic "78/10" and "- بناء عالم…" (no full stop, the dash opening the title), "55/14" and the title.
        String printedNumber = number.isEmpty() ? "" : number + ".";
        String heading = meta.getOrEmpty(Field.HEADING).strip();
        if (!number.isEmpty() && !title.isEmpty() && heading.startsWith(number)) {
            String rest = heading.substring(number.length());
            String mark = rest.startsWith(".") ? "." : "";
            String printedTitle = rest.substring(mark.length()).strip();
            if (printedTitle.endsWith(title) && printedTitle.length() - title.length() <= 2) {
                printedNumber = number + mark;
                title = printedTitle;
            }
        }
        xml.open("preface");
        xml.openMixed("p");
        if (!printedNumber.isEmpty()) {
            xml.leaf("docNumber", printedNumber);
        }
        if (!printedNumber.isEmpty() && !title.isEmpty()) {
            xml.text(" ");
        }
        if (!title.isEmpty() && Profiles.of(meta.language().orElse(Language.ENGLISH)).openings().boldTitle()) {
            // (set in bold as the UN's files set it, in the languages where they do)
            xml.openMixed("docTitle", "refersTo", "#resolutionTitle");
            xml.leaf("span", title, "class", "bold");
            xml.close();
        } else if (!title.isEmpty()) {
            xml.leaf("docTitle", title, "refersTo", "#resolutionTitle");
        }
        xml.close();
        xml.close();
    }

    /** The organ that adopted the text: by its formula, else by the shape of its symbol (organs.yaml). */
    static Organ organ(Metadata meta) {
        return meta.get(Field.ACTOR).flatMap(Profiles::organ)
                .orElseGet(() -> Profiles.organOfSymbol(meta.getOrEmpty(Field.SYMBOL)));
    }

    /** The organ; its parent, where it has one, is its texts' author (the UN's files: a Council's resolution by "ga"). */
    private static AknMeta.Body body(Organ organ, Optional<Organ> parent) {
        return new AknMeta.Body(organ.akn().eId(), organ.akn().href(), organ.akn().showAs(),
                parent.map(p -> p.akn().eId()).orElse(organ.akn().eId()));
    }

    private static String separator(Language language) {
        return Profiles.of(language).vote().listSeparator();
    }

}
