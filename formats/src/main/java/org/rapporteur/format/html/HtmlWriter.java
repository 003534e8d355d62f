package org.rapporteur.format.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.VoteGroup;

/**
 * A standalone, accessible HTML5 page for publishers: {@code <html lang dir>}, the title, the metadata as a
 * definition list, paragraph anchors ({@code #pre-3}, {@code #op-7}, {@code #op-7-a}), footnotes linked both
 * ways (DPUB-ARIA roles), the vote as lists, a small print-friendly stylesheet inlined; no script and no
 * request for anything outside the page. Written from the document model with StAX rather than from the
 * Markdown, because the model knows what the Markdown no longer says: which paragraph is operative number 7,
 * which point is its (a), where each note is referred to.
 */
public final class HtmlWriter implements DocumentWriter {
    /** Facts of the masthead shown in the definition list, in this order, with their (English) terms. */
    private static final Map<Field, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put(Field.SYMBOL, "Symbol");
        FACTS.put(Field.BODY, "Organ");
        FACTS.put(Field.KIND, "Kind");
        FACTS.put(Field.SESSION, "Session");
        FACTS.put(Field.AGENDA_ITEM, "Agenda item");
        FACTS.put(Field.AGENDA_TITLE, "Agenda title");
        FACTS.put(Field.DISTRIBUTION, "Distribution");
        FACTS.put(Field.ISSUED, "Issued");
        FACTS.put(Field.ADOPTION, "Adoption");
        FACTS.put(Field.COMMITTEE_REPORT, "Report");
        FACTS.put(Field.SPONSORS, "Sponsors");
    }

    static final String STYLE = """
            body{font-family:"Times New Roman","Noto Serif","Noto Naskh Arabic","Noto Serif CJK SC",serif;\
            line-height:1.5;max-width:46em;margin:2em auto;padding:0 1em;color:#111;background:#fff}\
            h1{font-size:1.4em}h2{font-size:1.15em}dl.metadata{display:grid;grid-template-columns:max-content auto;\
            gap:.1em 1em;font-size:.9em;color:#333}dl.metadata dt{font-weight:bold}dl.metadata dd{margin:0}\
            p.preambular,div.operative p.lead{text-indent:2.5em}p.point{margin-inline-start:2.5em}\
            p.point.level-2{margin-inline-start:5em}p.closing{text-align:end;margin:0}span.num{margin-inline-end:.5em}\
            a{color:#03c}sup a{text-decoration:none}section.footnotes{font-size:.9em;border-top:1px solid #999;margin-top:2em}\
            :target{background:#ffa}@media print{body{max-width:none;margin:0}a{color:inherit}\
            section.footnotes{break-before:avoid}a[role=doc-backlink]{display:none}}""";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return ".html";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        try {
            new Page(document).write(out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write HTML: " + e.getMessage(), e);
        }
    }

    /** Writes what may fail to write; the visitor's methods cannot throw it, so it is kept for later. */
    private interface Xml {
        void write() throws XMLStreamException;
    }

    /** One page being written. */
    private static final class Page implements Block.Visitor<Void> {
        private final Document doc;
        private final NoteOrder notes;
        private final Map<Note, Integer> referenced = new HashMap<>();
        private final java.util.Set<String> ids = new java.util.HashSet<>();
        private HtmlOut w;
        private int preambular;
        private int unnumbered;
        private int headings;
        private XMLStreamException failure;

        Page(Document doc) {
            this.doc = doc;
            this.notes = NoteOrder.of(doc);
        }

        void write(OutputStream out) throws XMLStreamException {
            Metadata meta = doc.metadata();
            Language language = meta.language().orElse(Language.ENGLISH);
            String title = meta.printedTitle().orElse(meta.get(Field.SOURCE).orElse("United Nations resolution"));
            w = HtmlOut.page(out, language.code(), language.rightToLeft() ? "rtl" : "ltr", title, STYLE);
            w.open("header").element("h1", title);
            facts(meta);
            w.close().open("main");
            for (Block b : doc.blocks()) {
                b.accept(this);
                if (failure != null) {
                    throw failure;
                }
            }
            w.close();
            footnotes();
            w.finish();
        }

        private Void guarded(Xml xml) {
            try {
                xml.write();
            } catch (XMLStreamException e) {
                failure = e;
            }
            return null;
        }

        private void facts(Metadata meta) throws XMLStreamException {
            Map<String, String> facts = new LinkedHashMap<>();
            FACTS.forEach((f, term) -> meta.get(f).ifPresent(v -> facts.put(term, v)));
            Optional<Closing> closing = doc.blocks(Closing.class).stream().findFirst();
            closing.ifPresent(c -> {
                facts.put("Date", c.date().map(Object::toString).orElse(c.printedDate()));
                if (!c.meeting().isEmpty()) {
                    facts.put("Meeting", c.meeting());
                }
            });
            if (facts.isEmpty()) {
                return;
            }
            w.open("dl", "class", "metadata");
            for (var e : facts.entrySet()) {
                w.element("dt", e.getKey(), "lang", "en").element("dd", e.getValue());
            }
            w.close();
        }

        private void footnotes() throws XMLStreamException {
            if (notes.notes().isEmpty()) {
                return;
            }
            w.open("footer").open("section", "class", "footnotes", "role", "doc-endnotes", "aria-label", "Notes").open("ol");
            for (Note n : notes.notes()) {
                int number = notes.number(n);
                w.open("li", "id", "fn-" + number).open("p");
                inlines(n.content());
                if (referenced.containsKey(n)) {
                    w.text(" ").element("a", "\u21A9\uFE0E", "href", "#fnref-" + number, "role", "doc-backlink",
                            "aria-label", "Back to reference " + number);
                }
                w.close().close();
            }
            w.close().close().close();
        }

        private void inlines(List<Inline> content) throws XMLStreamException {
            for (Inline i : content) {
                if (i instanceof Text t) {
                    w.text(t.text());
                } else if (i instanceof Emphasis e) {
                    w.open(switch (e.style()) {
                        case BOLD -> "strong";
                        case ITALIC -> "em";
                        case SUPERSCRIPT -> "sup";
                    });
                    inlines(e.content());
                    w.close();
                } else if (i instanceof NoteRef r) {
                    noteRef(r.note());
                } else if (i instanceof Mark m) {
                    w.element("sup", m.label());
                }
            }
        }

        /** A reference: the first to a note gets the id its backlink returns to; later ones link only. */
        private void noteRef(Note note) throws XMLStreamException {
            int number = notes.number(note);
            w.open("sup");
            if (referenced.putIfAbsent(note, number) == null) {
                w.element("a", String.valueOf(number), "href", "#fn-" + number, "id", "fnref-" + number,
                        "role", "doc-noteref", "aria-label", "Note " + number);
            } else {
                w.element("a", String.valueOf(number), "href", "#fn-" + number, "role", "doc-noteref",
                        "aria-label", "Note " + number);
            }
            w.close();
        }

        private String id(String wanted) {
            String id = wanted;
            for (int k = 2; !ids.add(id); k++) {
                id = wanted + "-" + k;
            }
            return id;
        }

        private Void para(String cssClass, String id, List<Inline> content) {
            return guarded(() -> {
                if (id != null) {
                    w.open("p", "class", cssClass, "id", id(id));
                } else {
                    w.open("p", "class", cssClass);
                }
                inlines(content);
                w.close();
            });
        }

        @Override
        public Void line(Line line) {
            return para("text", null, line.content());
        }

        @Override
        public Void paragraph(Paragraph paragraph) {
            return para("text", null, paragraph.content());
        }

        @Override
        public Void formula(Formula formula) {
            return para("formula", "formula", List.of(new Text(formula.text())));
        }

        @Override
        public Void preambular(Preambular p) {
            return para("preambular", "pre-" + ++preambular, p.content());
        }

        @Override
        public Void operative(Operative o) {
            return guarded(() -> {
                String id = id(o.unnumbered() ? "op-u" + ++unnumbered : "op-" + slug(o.number()));
                w.open("div", "class", "operative", "id", id).open("p", "class", "lead");
                if (!o.unnumbered()) {
                    w.element("span", o.number() + ".", "class", "num").text(" ");
                }
                inlines(o.content());
                w.close();
                String parent = id;
                int bullets = 0;
                for (SubParagraph p : o.points()) {
                    String pointId;
                    if (p.wrapUp()) {
                        pointId = id + "-end";
                    } else if (p.label().equals(SubParagraph.BULLET)) {
                        pointId = id + "-b" + ++bullets;
                    } else {
                        pointId = (p.level() > 1 ? parent : id) + "-" + slug(p.label());
                        if (p.level() <= 1) {
                            parent = pointId;
                        }
                    }
                    w.open("p", "class", p.wrapUp() ? "point wrap-up" : "point level-" + Math.max(1, p.level()), "id", id(pointId));
                    if (!p.wrapUp()) {
                        w.element("span", p.label().equals(SubParagraph.BULLET) ? "\u2022" : "(" + p.label() + ")", "class", "num")
                                .text(" ");
                    }
                    inlines(p.content());
                    w.close();
                }
                w.close();
            });
        }

        @Override
        public Void closing(Closing closing) {
            for (String line : closing.printedLines()) {
                para("closing", null, List.of(new Text(line)));
            }
            return null;
        }

        @Override
        public Void adoptionNote(AdoptionNote note) {
            return para("adoption", null, List.of(new Text(note.text())));
        }

        @Override
        public Void recordedVote(RecordedVote vote) {
            return guarded(() -> {
                w.open("section", "class", "vote", "id", id("vote"), "aria-label", vote.summary());
                para("summary", null, List.of(new Text(vote.summary())));
                for (VoteGroup g : vote.groups()) {
                    para("group " + g.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), null,
                            List.of(new Text(g.label())));
                    if (!g.members().isEmpty()) {
                        w.open("ul");
                        for (String m : g.members()) {
                            w.element("li", m);
                        }
                        w.close();
                    }
                }
                w.close();
            });
        }

        @Override
        public Void heading(Heading heading) {
            return guarded(() -> w.element("h2", heading.text(), "id", id("h-" + ++headings)));
        }
    }

    /** An id part from a printed number or label: "7", "a", "ii", "1 bis" → "1-bis". */
    static String slug(String label) {
        String s = label.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
