package org.rapporteur.format.akn.internal;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Mark;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Text;

/**
 * Inline content as AKN4UN writes it: emphasis as {@code <span class="bold|italic">}, a footnote as an
 * {@code authorialNote} at its reference point, a second reference as a {@code noteRef}.
 */
public final class AknInlines {
    private final XmlOut xml;
    private final NoteMarkers notes;
    private final DocumentLinks links;
    /** The text written so far in the current paragraph (its end: what a link looks back on). */
    private final StringBuilder written = new StringBuilder();

    public AknInlines(XmlOut xml, NoteMarkers notes) {
        this(xml, notes, null, List.of());
    }

    /**
     * Inlines that link cited documents ({@code links} not null: a General Assembly text), a number being
     * no resolution's when one of {@code otherOrgans} is named just before it.
     */
    public AknInlines(XmlOut xml, NoteMarkers notes, org.rapporteur.profile.Links links, List<String> otherOrgans) {
        this.xml = xml;
        this.notes = notes;
        this.links = links == null ? null : new DocumentLinks(links, otherOrgans);
    }

    /** A {@code <p>} holding the inlines. */
    public void paragraph(List<Inline> content) throws XMLStreamException {
        xml.openMixed("p");
        written.setLength(0);
        write(content);
        xml.close();
    }

    public void write(List<Inline> content) throws XMLStreamException {
        write(content, false);
    }

    private void write(List<Inline> content, boolean insideNote) throws XMLStreamException {
        for (int k = 0; k < content.size(); k++) {
            Inline i = content.get(k);
            if (i instanceof Text t) {
                text(t.text(), k >= 2 && content.get(k - 1) instanceof NoteRef && content.get(k - 2) instanceof Text b
                                && b.text().endsWith("("),
                        k + 2 < content.size() && content.get(k + 1) instanceof NoteRef && content.get(k + 2) instanceof Text a
                                && a.text().startsWith(")"));
            } else if (i instanceof Emphasis e) {
                // bold around italic alone (a PDF's bold italic run) is one span, as the UN's files write it
                if (e.style() == Emphasis.Style.BOLD && e.content().size() == 1 && e.content().get(0) instanceof Emphasis in
                        && in.style() == Emphasis.Style.ITALIC) {
                    xml.openMixed("span", "class", "bold italic");
                    write(in.content(), insideNote);
                } else if (e.style() == Emphasis.Style.SUPERSCRIPT) {
                    xml.openMixed("sup"); // (as the UN's files write "1<sup>er</sup>")
                    write(e.content(), insideNote);
                } else {
                    xml.openMixed("span", "class", e.style() == Emphasis.Style.BOLD ? "bold" : "italic");
                    write(e.content(), insideNote);
                }
                xml.close();
            } else if (i instanceof NoteRef r) {
                NoteMarkers.Ref ref = notes.reference(r.note(), insideNote);
                String marker = Integer.toString(ref.number());
                if (ref.first()) {
                    xml.openMixed("authorialNote", "marker", marker, "placement", "bottom", "eId", ref.eId());
                    xml.openMixed("p");
                    // (a note is read on its own: what a link in it looks back on is the note's text)
                    String around = written.toString();
                    written.setLength(0);
                    write(r.note().content(), true);
                    written.setLength(0);
                    written.append(around);
                    xml.close();
                    xml.close();
                } else {
                    xml.empty("noteRef", "href", "#" + ref.eId(), "marker", marker);
                }
            } else if (i instanceof Mark m) {
                xml.text(m.label());
            }
        }
    }

    /**
     * Text beside a note reference. Arabic prints a mark in brackets, "للألفية(2)": the brackets are
     * raised with the number, and the UN's Arabic files write them so, {@code <sup>(</sup>} before the
     * note and {@code <sup>)</sup>} after it.
     */
    private void text(String t, boolean closesBrackets, boolean opensBrackets) throws XMLStreamException {
        String lead = closesBrackets && t.startsWith(")") ? ")" : "";
        String trail = opensBrackets && t.endsWith("(") && t.length() > lead.length() ? "(" : "";
        if (!lead.isEmpty()) {
            xml.leaf("sup", lead);
        }
        linked(t.substring(lead.length(), t.length() - trail.length()));
        if (!trail.isEmpty()) {
            xml.leaf("sup", trail);
        }
    }

    /** Text, with the documents it cites linked where this text's organ links them. */
    private void linked(String t) throws XMLStreamException {
        if (links == null) {
            xml.text(t);
            return;
        }
        for (DocumentLinks.Segment s : links.split(t, written.toString())) {
            if (s.href() == null) {
                xml.text(s.text());
            } else {
                xml.leaf("a", s.text(), "href", s.href());
            }
        }
        written.append(t);
        if (written.length() > 200) {
            written.delete(0, written.length() - 100);
        }
    }
}
