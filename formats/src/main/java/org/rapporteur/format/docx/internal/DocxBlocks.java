package org.rapporteur.format.docx.internal;

import java.util.List;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Line;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.VoteGroup;
import org.rapporteur.profile.Profiles;

/** The document's blocks as styled Word paragraphs. Operative numbers are printed as in the source, then a tab. */
public final class DocxBlocks implements Block.Visitor<Void> {
    private final StringBuilder body;
    private final DocxRuns runs;

    /** Blocks appended to {@code body}, the inside of {@code w:body}. */
    public DocxBlocks(StringBuilder body, DocxRuns runs) {
        this.body = body;
        this.runs = runs;
    }

    public void write(Block b) {
        b.accept(this);
    }

    @Override
    public Void formula(Formula f) {
        para(DocxStyles.FORMULA, List.of(new Text(f.text())));
        return null;
    }

    @Override
    public Void preambular(Preambular p) {
        para(DocxStyles.PREAMBULAR, p.content());
        return null;
    }

    @Override
    public Void operative(Operative o) {
        // "1." in every language: readers of the DOCX (score.py among them) take "N." as the paragraph
        // number; the Arabic "1 -" is kept in Akoma Ntoso's <num>.
        if (o.unnumbered()) {
            para(DocxStyles.OPERATIVE, o.content());
        } else {
            numbered(DocxStyles.OPERATIVE, o.number() + ".", o.content());
        }
        for (SubParagraph s : o.points()) {
            if (s.wrapUp()) {
                para(DocxStyles.SUB_PARAGRAPH, s.content());
            } else {
                String style = s.level() == 1 ? DocxStyles.SUB_PARAGRAPH : DocxStyles.SUB_PARAGRAPH_2;
                numbered(style, Profiles.of(runs.language()).numbering().printedPoint(s.label()), s.content());
            }
        }
        return null;
    }

    @Override
    public Void paragraph(Paragraph p) {
        para(DocxStyles.BODY, p.content());
        return null;
    }

    @Override
    public Void line(Line l) {
        para(DocxStyles.BODY, l.content());
        return null;
    }

    @Override
    public Void closing(Closing c) {
        for (String line : c.printedLines()) {
            para(DocxStyles.CLOSING, List.of(new Text(line)));
        }
        return null;
    }

    @Override
    public Void adoptionNote(AdoptionNote a) {
        para(DocxStyles.ADOPTION_NOTE, List.of(new Text(a.text())));
        return null;
    }

    @Override
    public Void heading(Heading h) {
        para(DocxStyles.HEADING, List.of(new Text(h.text())));
        return null;
    }

    @Override
    public Void recordedVote(RecordedVote v) {
        para(DocxStyles.VOTE, List.of(new Text(v.summary())));
        for (VoteGroup g : v.groups()) {
            para(DocxStyles.VOTE, List.of(new Text(g.label())));
            // One member a paragraph: a list that reads the same in every language.
            g.members().forEach(m -> para(DocxStyles.VOTE_MEMBER, List.of(new Text(m))));
        }
        return null;
    }

    public void para(String style, List<Inline> content) {
        runs.open(body, style);
        runs.write(body, content, null);
        body.append("</w:p>");
    }

    private void numbered(String style, String number, List<Inline> content) {
        runs.open(body, style);
        if (number.equals(SubParagraph.BULLET)) {
            // A bullet is a symbol, as Word's Insert Symbol writes it, not a character of the text.
            body.append("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r>");
        } else {
            runs.text(body, number, false, false);
        }
        body.append("<w:r><w:tab/></w:r>");
        runs.write(body, content, null);
        body.append("</w:p>");
    }
}
