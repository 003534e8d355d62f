package org.rapporteur.format.akn.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Line;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.Script;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.VoteGroup;
import org.rapporteur.profile.LeadStyle;

/** {@code <preamble>}, {@code <mainBody>} and {@code <conclusions>} from the document's blocks. */
public final class AknBody {
    private final XmlOut xml;
    private final AknInlines inlines;
    private final org.rapporteur.model.Language language;
    /**
     * How to set leads as the UN's files do in this language and organ (the formula's body, a preambular
     * paragraph's lead phrase, an operative paragraph's lead: italic in English, bold in Chinese): none where
     * the source kept emphasis at the start of any paragraph — a source that sets its own leads is followed as
     * it is.
     */
    private final LeadStyle leads;

    /** The body of {@code doc}, in {@code language}, adopted by the organ {@code actor} ({@code unga}). */
    public AknBody(XmlOut xml, AknInlines inlines, org.rapporteur.model.Language language, Document doc, String actor) {
        this.xml = xml;
        this.inlines = inlines;
        this.language = language;
        boolean own = doc.blocks().stream().anyMatch(b -> b instanceof Preambular p && startsEmphasised(p.content())
                || b instanceof Operative o && startsEmphasised(o.content()));
        this.leads = own ? LeadStyle.NONE : org.rapporteur.profile.Profiles.of(language).openings().leads(actor);
    }

    public void preamble(Document doc) throws XMLStreamException {
        List<Formula> formulas = doc.blocks(Formula.class);
        List<Preambular> preamble = doc.blocks(Preambular.class);
        if (formulas.isEmpty() && preamble.isEmpty()) {
            return;
        }
        xml.open("preamble");
        int n = 0;
        for (Formula f : formulas) {
            xml.open("formula", "name", "enactingFormula", "eId", "formula_" + (++n));
            String body = f.text().strip();
            int comma = body.length() - 1;
            if (leads != LeadStyle.NONE && comma > 0 && ",，،".indexOf(body.charAt(comma)) >= 0) {
                inlines.paragraph(List.of(leads.set(body.substring(0, comma)), new Text(body.substring(comma))));
            } else {
                inlines.paragraph(List.of(new Text(f.text())));
            }
            xml.close();
        }
        int c = 0;
        for (Preambular p : preamble) {
            String name = leadPhrase(p.content(), language);
            xml.open("container", "name", name, "eId", "container_" + (++c));
            inlines.paragraph(styledLead(p.content(), name, leads));
            xml.close();
        }
        xml.close();
    }

    private static boolean startsEmphasised(List<Inline> content) {
        return !content.isEmpty() && content.get(0) instanceof Emphasis;
    }

    /** {@code content} with its opening {@code lead} set in {@code style}, where its first text opens with it. */
    static List<Inline> styledLead(List<Inline> content, String lead, LeadStyle style) {
        if (style == LeadStyle.NONE || lead.isEmpty() || content.isEmpty() || !(content.get(0) instanceof Text t)) {
            return content;
        }
        String text = t.text();
        int start = text.length() - text.stripLeading().length();
        if (!text.startsWith(lead, start)) {
            return content;
        }
        List<Inline> out = new java.util.ArrayList<>(content.size() + 2);
        if (start > 0) {
            out.add(new Text(text.substring(0, start)));
        }
        out.add(style.set(lead));
        if (start + lead.length() < text.length()) {
            out.add(new Text(text.substring(start + lead.length())));
        }
        out.addAll(content.subList(1, content.size()));
        return out;
    }

    /** An operative paragraph's lead by the language's data ("Calls upon"), or empty. */
    private String operativeLead(List<Inline> content) {
        java.util.regex.Pattern lead = org.rapporteur.profile.Profiles.of(language).openings().operative();
        String text = Inlines.plainText(content).strip();
        java.util.regex.Matcher m = lead.matcher(text);
        return m.lookingAt() && m.end() > 0 ? m.group().strip() : "";
    }

    public void mainBody(Document doc) throws XMLStreamException {
        xml.open("mainBody");
        Set<String> used = new HashSet<>();
        int index = 0;
        boolean any = false;
        int headings = 0;
        for (Block b : doc.blocks()) {
            if (b instanceof Heading h) {
                // a heading over the paragraphs after it: a container with its heading alone
                xml.open("hcontainer", "eId", "hcontainer_" + (++headings), "name", "crossHeading");
                xml.leaf("heading", h.text());
                xml.close();
            } else if (b instanceof Operative o) {
                index++;
                String eId = "para_" + (o.number().matches("\\d+") && used.add(o.number()) ? o.number() : "x" + index);
                operative(o, eId);
                any = true;
            } else if (SECTION.of(b) == Section.MAIN_BODY) {
                // a paragraph the structure stage gave no role, or a line no stage joined
                index++;
                String eId = "para_x" + index;
                xml.open("paragraph", "eId", eId);
                xml.open("content", "eId", eId + "__content");
                inlines.paragraph(b instanceof Line l ? l.content() : ((Paragraph) b).content());
                xml.close();
                xml.close();
                any = true;
            }
        }
        if (!any) {
            // mainBody cannot be empty: an empty paragraph says there was nothing to put in it.
            xml.open("paragraph", "eId", "para_x0");
            xml.open("content", "eId", "para_x0__content");
            inlines.paragraph(List.of());
            xml.close();
            xml.close();
        }
        xml.close();
    }

    private void operative(Operative o, String eId) throws XMLStreamException {
        xml.open("paragraph", "eId", eId);
        if (!o.unnumbered()) {
            // the number as the page prints it, as the UN's files keep it (Arabic "1 -" in the General Assembly's
            // texts, "1-" in the Council's); the language's own form where the source did not say
            xml.leaf("num", o.printed().isEmpty() ? org.rapporteur.profile.Profiles.of(language).numbering().printedNumber(o.number())
                    : o.printed());
        }
        contentOrList(eId, "__content", styledLead(o.content(), operativeLead(o.content()), leads), o.points());
        xml.close();
    }

    /**
     * {@code content} alone, or as the intro of a list of {@code points}: AKN4UN's list, intro, points
     * (a point's own points, level 2, nested in a list of its own) and wrapUp. Their eIds as the UN's files
     * write them: {@code para_40_list}, {@code para_40_list_intro}, {@code para_40_list_point_a},
     * {@code para_40_list_point_a_content} — one underscore inside a list, where a paragraph's own content
     * is {@code para_40__content}; a list's wrap-up {@code para_40_list_wrapup}.
     */
    private void contentOrList(String eId, String contentSuffix, List<Inline> content, List<SubParagraph> points)
            throws XMLStreamException {
        if (points.isEmpty()) {
            xml.open("content", "eId", eId + contentSuffix);
            inlines.paragraph(content);
            xml.close();
            return;
        }
        String list = eId + "_list";
        xml.open("list", "eId", list);
        xml.open("intro", "eId", list + "_intro");
        inlines.paragraph(content);
        xml.close();
        Set<String> labels = new HashSet<>();
        for (int k = 0; k < points.size(); k++) {
            SubParagraph p = points.get(k);
            if (p.wrapUp() && k < points.size() - 1) {
                // unlabelled text with points after it (a draft's "To carry out… the following tasks:"): a
                // point without a number, in its place, for a wrapUp closes a list
                xml.open("point", "eId", list + "_point_x" + (k + 1));
                xml.open("content", "eId", list + "_point_x" + (k + 1) + "_content");
                inlines.paragraph(p.content());
                xml.close();
                xml.close();
                continue;
            }
            if (p.wrapUp()) {
                // the list's closing text, after its last point
                xml.open("wrapUp", "eId", list + "_wrapup");
                inlines.paragraph(p.content());
                xml.close();
                continue;
            }
            int end = k + 1;
            while (end < points.size() && points.get(end).level() > p.level()) {
                end++;
            }
            String point = list + "_point_" + (p.label().matches("[\\p{L}\\p{N}]+") && labels.add(p.label()) ? p.label() : "x" + (k + 1));
            xml.open("point", "eId", point);
            xml.leaf("num", org.rapporteur.profile.Profiles.of(language).numbering().printedPoint(p.label()));
            contentOrList(point, "_content", p.content(), points.subList(k + 1, end));
            xml.close();
            k = end - 1;
        }
        xml.close();
    }

    /** {@code voter}: the eId of the organ the vote is by, as the UN's files name it ({@code humanRightsCouncil}). */
    public void conclusions(Document doc, String memberSeparator, String voter) throws XMLStreamException {
        List<Block> tail = doc.blocks().stream()
                .filter(b -> SECTION.of(b) == Section.CONCLUSIONS).toList();
        if (tail.isEmpty()) {
            return;
        }
        xml.open("conclusions", "eId", "conclusions");
        for (Block b : tail) {
            if (b instanceof Closing c) {
                closing(c);
            } else if (b instanceof AdoptionNote a && adoptedWithoutVote(a, language)) {
                // as a recorded vote's outcome is marked: the vote by the organ, its outcome the printed note
                xml.openMixed("p");
                xml.openMixed("vote", "by", "#" + voter, "as", "#author");
                xml.leaf("outcome", a.text(), "refersTo", "#adoptedWithoutVote");
                xml.close();
                xml.close();
            } else if (b instanceof AdoptionNote a) {
                inlines.paragraph(List.of(new Text(a.text())));
            } else if (b instanceof RecordedVote v) {
                vote(v, memberSeparator, voter);
            }
        }
        xml.close();
    }

    /** Whether {@code note} says the text was adopted without a vote, in the language's words. */
    public static boolean adoptedWithoutVote(AdoptionNote note, org.rapporteur.model.Language language) {
        return org.rapporteur.profile.Profiles.of(language).vote().withoutVote().matcher(note.text()).find();
    }

    /**
     * A printed recorded vote as the UN's files keep it in the conclusions: one paragraph, the vote by the
     * organ, its outcome the bracketed summary with each count a {@code <quantity>}, then an outcome for each
     * side, its label, a line end and its members as one {@code <organization>}.
     */
    private void vote(RecordedVote v, String memberSeparator, String voter) throws XMLStreamException {
        xml.openMixed("p");
        xml.openMixed("vote", "by", "#" + voter, "as", "#author");
        xml.openMixed("outcome", "refersTo", "#adoptedRecordedVote");
        String summary = v.summary();
        xml.text("[");
        org.rapporteur.profile.VoteWords words = org.rapporteur.profile.Profiles.of(language).vote();
        java.util.regex.Matcher counts = words.counts().matcher(summary);
        int at = 0;
        if (counts.find()) {
            String[][] sides = {{"yes", "inFavour"}, {"no", "against"}, {"abst", "abstaining"}};
            for (String[] side : sides) {
                if (counts.start(side[0]) < 0) {
                    continue;
                }
                String printed = counts.group(side[0]);
                // a word for none ("none", "صفر") counts nought
                String normalized = printed.chars().allMatch(Character::isDigit) ? printed : "0";
                xml.text(summary.substring(at, counts.start(side[0])));
                xml.leaf("quantity", printed, "normalized", normalized, "refersTo", "#" + side[1]);
                at = counts.end(side[0]);
            }
        }
        xml.text(summary.substring(at));
        for (int k = 0; k < v.groups().size(); k++) {
            VoteGroup g = v.groups().get(k);
            xml.openMixed("outcome", "refersTo", "#" + AknMeta.side(g.kind()));
            xml.text(g.label());
            xml.empty("eol");
            xml.leaf("organization", String.join(memberSeparator, g.members()) + (k == v.groups().size() - 1 ? "]" : ""),
                    "refersTo", "#memberState");
            xml.close();
        }
        if (v.groups().isEmpty()) {
            xml.text("]");
        }
        xml.close();
        xml.close();
        xml.close();
    }

    private void closing(Closing c) throws XMLStreamException {
        xml.openMixed("p");
        xml.openMixed("event", "refersTo", "#adoption");
        if (!c.meeting().isEmpty()) {
            var number = org.rapporteur.profile.Profiles.of(language).meetingNumber(c.meeting());
            if (number.isPresent()) {
                xml.leaf("location", c.meeting(), "title", number.get(), "refersTo", "#adoptionMeeting");
            } else {
                xml.leaf("location", c.meeting(), "refersTo", "#adoptionMeeting");
            }
        }
        if (!c.meeting().isEmpty() && !c.printedDate().isEmpty()) {
            xml.empty("eol");
        }
        if (c.date().isPresent()) {
            xml.leaf("docDate", c.printedDate(), "date", c.date().get().toString(), "refersTo", "#adoptionDate");
        } else if (!c.printedDate().isEmpty()) {
            xml.leaf("inline", c.printedDate(), "name", "adoptionDate");
        }
        xml.close();
        xml.close();
    }

    /**
     * A preambular container is named after its lead phrase, as the UN files do: the emphasised opening
     * where the source kept it, otherwise the phrase the language's data describes (Arabic "وإذ تشير
     * أيضاً"), otherwise the first word (or, in Chinese, the text up to the first mark).
     */
    static String leadPhrase(List<Inline> content, org.rapporteur.model.Language language) {
        if (!content.isEmpty() && content.get(0) instanceof Emphasis e) {
            return Inlines.plainText(e.content()).strip();
        }
        String text = Inlines.plainText(content).strip();
        if (text.isEmpty()) {
            return "paragraph";
        }
        java.util.regex.Matcher phrase = org.rapporteur.profile.Profiles.of(language).openings().phrase().matcher(text);
        if (phrase.lookingAt() && phrase.end() > 0) {
            return phrase.group().strip();
        }
        if (Script.of(text.codePointAt(0)) == Script.HAN) {
            int end = 0;
            while (end < text.length() && end < 6 && Script.of(text.codePointAt(end)) == Script.HAN
                    && !Script.isCjkPunctuation(text.codePointAt(end))) {
                end++;
            }
            return end == 0 ? text.substring(0, 1) : text.substring(0, end);
        }
        String word = text.split("[\\s,،;:]+", 2)[0];
        return word.isEmpty() ? "paragraph" : word;
    }

    /** The part of an AKN file each type of block is written in. */
    enum Section { PREAMBLE, MAIN_BODY, CONCLUSIONS }

    /** Where each block goes; a new type of block does not compile until it has a place. */
    static final class SectionOf implements Block.Visitor<Section> {
        Section of(Block b) {
            return b.accept(this);
        }

        @Override
        public Section line(Line line) {
            return Section.MAIN_BODY;
        }

        @Override
        public Section paragraph(Paragraph paragraph) {
            return Section.MAIN_BODY;
        }

        @Override
        public Section formula(Formula formula) {
            return Section.PREAMBLE;
        }

        @Override
        public Section preambular(Preambular preambular) {
            return Section.PREAMBLE;
        }

        @Override
        public Section operative(Operative operative) {
            return Section.MAIN_BODY;
        }

        @Override
        public Section closing(Closing closing) {
            return Section.CONCLUSIONS;
        }

        @Override
        public Section adoptionNote(AdoptionNote note) {
            return Section.CONCLUSIONS;
        }

        @Override
        public Section recordedVote(RecordedVote vote) {
            return Section.CONCLUSIONS;
        }

        @Override
        public Section heading(Heading heading) {
            return Section.MAIN_BODY;
        }
    }

    private static final SectionOf SECTION = new SectionOf();
}
