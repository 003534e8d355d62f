package org.rapporteur.format.akn.internal;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.VoteGroup;

/** {@code <meta>}: FRBR identification, the recorded vote and the TLC references every reference points to. */
public final class AknMeta {
    public static final String AKN4UN = "http://un.org/akn4un";
    /** Every {@code refersTo}, {@code href} and {@code as} target the writer uses, with its ontology IRI. */
    private static final String[][] TLC = {
        {"TLCOrganization", "rapporteur", "/akn/ontology/organization/rapporteur", "Rapporteur"},
        {"TLCRole", "author", "/akn/ontology/role/un/author", "Author"},
        {"TLCRole", "editor", "/akn/ontology/role/un/editor", "Editor"},
        {"TLCRole", "issuingBody", "/akn/role/concept/un/issuingBody", "Issuing body"},
        {"TLCRole", "publisher", "/akn/ontology/role/un/publisher", "Publisher"},
        {"TLCRole", "distribution", "/akn/ontology/concept/un/generalDistribution", "General distribution"},
        {"TLCConcept", "dateOfAdoption", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"},
        {"TLCConcept", "symbol", "/akn/ontology/reference/un/symbol", "Symbol"},
        {"TLCConcept", "generalDistribution", "/akn/ontology/concept/un/generalDistribution", "General distribution"},
        {"TLCConcept", "dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"},
        {"TLCConcept", "session", "/akn/ontology/concept/un/session", "Session"},
        {"TLCConcept", "committeeReport", "/akn/ontology/concept/un/committeeReport", "Committee report"},
        {"TLCEvent", "adoption", "/akn/ontology/event/un/adoption", "Adoption"},
        {"TLCConcept", "startDate", "/akn/ontology/concept/un/startDate", "Start date"},
        {"TLCConcept", "endDate", "/akn/ontology/concept/un/endDate", "End date"},
        {"TLCLocation", "adoptionMeeting", "/akn/ontology/location/un/adoptionMeeting", "Adoption meeting"},
        {"TLCConcept", "adoptionDate", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption"},
        {"TLCTerm", "resolutionTitle", "/akn/ontology/reference/un/resolutionTitle", "Resolution title"},
        {"TLCTerm", "memberState", "/akn/ontology/organization/un/memberState", "Member State"},
        {"TLCTerm", "adoptedRecordedVote", "/akn/ontology/concept/un/voting/adoptedRecordedVote", "Adopted by a recorded vote"},
        {"TLCTerm", "inFavour", "/akn/ontology/concept/un/voting/inFavour", "In favour"},
        {"TLCTerm", "against", "/akn/ontology/concept/un/voting/against", "Against"},
        {"TLCTerm", "abstaining", "/akn/ontology/concept/un/voting/abstaining", "Abstaining"},
    };

    private final XmlOut xml;

    public AknMeta(XmlOut xml) {
        this.xml = xml;
    }

    /** The issuing body as an organisation: {@code ga} or {@code hrc}; {@code author}, the eId FRBR names as author. */
    public record Body(String eId, String href, String showAs, String author) {
    }

    /**
     * {@code published}: the date of issue the masthead prints (the expression's date, the UN's
     * "publication"), or null, when the expression is dated as the work is.
     */
    public void write(FrbrIri iri, String dateName, String published, Body body, List<RecordedVote> votes,
                      List<String[]> more, String jobNumber) throws XMLStreamException {
        xml.open("meta");
        xml.open("identification", "source", "#rapporteur");
        // (authors as the UN's files name them: the organ's TLC eId, in the role it plays)
        xml.open("FRBRWork");
        xml.empty("FRBRthis", "value", iri.workThis());
        xml.empty("FRBRuri", "value", iri.work());
        xml.empty("FRBRdate", "date", iri.date(), "name", dateName);
        xml.empty("FRBRauthor", "href", body.author(), "as", "author");
        xml.empty("FRBRcountry", "value", "un");
        xml.close();
        xml.open("FRBRExpression");
        xml.empty("FRBRthis", "value", iri.expressionThis());
        xml.empty("FRBRuri", "value", iri.expression());
        if (published != null) {
            xml.empty("FRBRdate", "date", published, "name", "publication");
        } else {
            xml.empty("FRBRdate", "date", iri.date(), "name", dateName);
        }
        xml.empty("FRBRauthor", "href", body.author(), "as", "issuer");
        xml.empty("FRBRlanguage", "language", iri.language());
        xml.close();
        xml.open("FRBRManifestation");
        xml.empty("FRBRthis", "value", iri.manifestationThis());
        xml.empty("FRBRuri", "value", iri.manifestation());
        // The date of the source, not of the run: the same input gives the same bytes. (The UN dates its
        // manifestation by its own markup, which no input tells.)
        xml.empty("FRBRdate", "date", iri.date(), "name", dateName);
        xml.empty("FRBRauthor", "href", "rapporteur", "as", "editor");
        xml.close();
        xml.close();
        // A vote printed without its member lists has no counts to give: the schema wants one at least.
        List<RecordedVote> counted = votes.stream().filter(v -> !v.groups().isEmpty()).toList();
        if (!counted.isEmpty()) {
            xml.open("analysis", "source", "#rapporteur");
            xml.open("parliamentary");
            for (RecordedVote v : counted) {
                voting(v);
            }
            xml.close();
            xml.close();
        }
        xml.open("references", "source", "#rapporteur");
        xml.empty("TLCOrganization", "eId", body.eId(), "href", body.href(), "showAs", body.showAs());
        for (String[] t : TLC) {
            xml.empty(t[0], "eId", t[1], "href", t[2], "showAs", t[3]);
        }
        for (String[] t : more) {
            xml.empty(t[0], "eId", t[1], "href", t[2], "showAs", t[3]);
        }
        xml.close();
        if (jobNumber != null) {
            // The job number printed at a page foot: no part of the text, and not in the UN's files; kept
            // where a producer keeps its own facts
            xml.open("proprietary", "source", "#rapporteur");
            xml.foreignLeaf("akn4un", AKN4UN, "jobNumber", jobNumber);
            xml.close();
        }
        xml.close();
    }

    /** A side of a vote by its AKN4UN term ({@code inFavour}): the counts here, the printed vote's outcomes. */
    static String side(VoteGroup.Kind kind) {
        return switch (kind) {
            case IN_FAVOUR -> "inFavour";
            case AGAINST -> "against";
            case ABSTAINING -> "abstaining";
        };
    }

    private void voting(RecordedVote v) throws XMLStreamException {
        xml.open("voting", "outcome", "#adoptedRecordedVote", "refersTo", "#adoptedRecordedVote");
        for (VoteGroup g : v.groups()) {
            String ref = side(g.kind());
            int count = g.printedCount().orElse(g.members().size());
            xml.open("count", "value", Integer.toString(count), "refersTo", "#" + ref, "eId", "vote_" + ref);
            xml.openForeign("akn4un", AKN4UN, "voters");
            for (String m : g.members()) {
                xml.leaf("organization", m, "refersTo", "#memberState");
            }
            xml.close();
            xml.close();
        }
        xml.close();
    }
}
