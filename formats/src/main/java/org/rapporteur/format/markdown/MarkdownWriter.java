package org.rapporteur.format.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.VoteGroup;

/**
 * CommonMark with footnotes ({@code [^n]}): front matter with the metadata, the title as a heading,
 * operative paragraphs as an ordered list keeping their printed numbers, the vote as lists.
 */
public final class MarkdownWriter implements DocumentWriter {
    /** An operative number Markdown can write as an ordered list's. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");
    @Override
    public String name() {
        return "md";
    }

    @Override
    public String extension() {
        return ".md";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        out.write(render(document).getBytes(StandardCharsets.UTF_8));
    }

    public String render(Document doc) {
        NoteOrder numbering = NoteOrder.of(doc);
        MarkdownInlines inlines = new MarkdownInlines(numbering);
        StringBuilder md = new StringBuilder(FrontMatter.render(doc));
        // (the title is the front matter's: pandoc's page, Hugo's and Jekyll's layouts print it; a heading
        // here would print it twice)
        boolean rtl = doc.metadata().language().map(Language::rightToLeft).orElse(false);
        if (rtl) {
            // Renderers that read no front matter still set Arabic right to left
            md.append("\n<div dir=\"rtl\">\n");
        }
        Blocks blocks = new Blocks(md, inlines, doc.metadata().language().orElse(Language.ENGLISH));
        for (Block b : doc.blocks()) {
            b.accept(blocks);
        }
        for (Note n : numbering.notes()) {
            md.append("\n[^").append(numbering.number(n)).append("]: ")
                    .append(MarkdownEscaper.blockStart(inlines.render(n.content()).strip())).append('\n');
        }
        if (rtl) {
            md.append("\n</div>\n");
        }
        return md.toString();
    }

    /** An ordered-list item; a number out of sequence starts a new list so that it is printed as it was. */
    private static Integer operative(StringBuilder md, Operative o, Integer last, MarkdownInlines inlines,
                                     Language language) {
        Integer n = NUMBER.matcher(o.number()).matches() ? Integer.valueOf(o.number()) : null;
        if (last != null && (n == null || n != last + 1)) {
            md.append("\n<!-- -->\n");
        }
        // an unnumbered operative paragraph (a decision's "Adopts…") is a paragraph of its own
        String marker = o.unnumbered() ? "" : o.number() + ". ";
        // (the text after a list marker opens the item's first block: "1. - …" would be a list in the list)
        String lead = MarkdownEscaper.blockStart(inlines.render(o.content()).strip());
        md.append('\n').append(marker).append(lead).append('\n');
        String indent = " ".repeat(marker.length());
        for (SubParagraph p : o.points()) {
            // a wrap-up stays inside the list item, at its indent, without a label
            // a bulleted point is an item of a bulleted list nested in the paragraph's item
            String label = p.wrapUp() ? "" : p.label().equals(SubParagraph.BULLET) ? "- "
                    : MarkdownEscaper.inline(org.rapporteur.profile.Profiles.of(language).numbering().printedPoint(p.label())) + " ";
            String text = inlines.render(p.content());
            boolean opensBlock = p.wrapUp() || p.label().equals(SubParagraph.BULLET);
            md.append('\n').append(indent).append(label).append(opensBlock ? MarkdownEscaper.blockStart(text.strip()) : text)
                    .append('\n');
        }
        return n;
    }

    private static void vote(StringBuilder md, RecordedVote v) {
        para(md, MarkdownEscaper.inline(v.summary()));
        for (VoteGroup g : v.groups()) {
            para(md, MarkdownEscaper.inline(g.label()));
            if (!g.members().isEmpty()) {
                md.append('\n');
                g.members().forEach(m -> md.append("- ").append(MarkdownEscaper.blockStart(MarkdownEscaper.inline(m).strip()))
                        .append('\n'));
            }
        }
    }

    private static void para(StringBuilder md, String markdown) {
        if (!markdown.isBlank()) {
            md.append('\n').append(MarkdownEscaper.blockStart(markdown.strip())).append('\n');
        }
    }

    /** Writes each block; an operative paragraph needs the number of the one before it. */
    private static final class Blocks implements Block.Visitor<Void> {
        private final StringBuilder md;
        private final MarkdownInlines inlines;
        private final Language language;
        private Integer lastNumber;

        Blocks(StringBuilder md, MarkdownInlines inlines, Language language) {
            this.md = md;
            this.inlines = inlines;
            this.language = language;
        }

        @Override
        public Void operative(Operative o) {
            lastNumber = MarkdownWriter.operative(md, o, lastNumber, inlines, language);
            return null;
        }

        @Override
        public Void formula(Formula f) {
            return text(MarkdownEscaper.inline(f.text()));
        }

        @Override
        public Void preambular(Preambular p) {
            return text(inlines.render(p.content()));
        }

        @Override
        public Void paragraph(Paragraph p) {
            return text(inlines.render(p.content()));
        }

        @Override
        public Void line(Line l) {
            return text(inlines.render(l.content()));
        }

        @Override
        public Void closing(Closing c) {
            lastNumber = null;
            for (String line : c.printedLines()) {
                para(md, MarkdownEscaper.inline(line));
            }
            return null;
        }

        @Override
        public Void adoptionNote(AdoptionNote a) {
            return text(MarkdownEscaper.inline(a.text()));
        }

        @Override
        public Void recordedVote(RecordedVote v) {
            lastNumber = null;
            vote(md, v);
            return null;
        }

        @Override
        public Void heading(Heading h) {
            lastNumber = null;
            md.append("\n## ").append(MarkdownEscaper.heading(h.text().strip())).append('\n');
            return null;
        }

        private Void text(String rendered) {
            lastNumber = null;
            para(md, rendered);
            return null;
        }
    }
}
