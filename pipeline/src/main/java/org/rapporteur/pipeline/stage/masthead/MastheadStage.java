package org.rapporteur.pipeline.stage.masthead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.pipeline.text.TitleLine;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Line;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Text;
import org.rapporteur.model.Warning;
import org.rapporteur.model.Inlines;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * Reads the masthead, the lines above the title ({@code 65/218. …}) or, where there is no numbered title
 * (a draft, a decision's first page), above the enacting formula, into metadata: distribution, date of
 * issue, session and its dates, agenda item and title, adoption line, committee report; a draft's title
 * with its sponsors ({@code …, Uruguay and Viet Nam: draft resolution}) and the kind of text. Cells set
 * side by side on one line ({@code Security Council      Distr.: General}) are read one by one. A line it
 * does not know is reported as a warning, never silently dropped.
 */
public final class MastheadStage implements Stage {
    /** A column gap, as the PDF reader writes it: three spaces or more. */
    private static final Pattern CELLS = Pattern.compile("\\s{3,}");

    @Override
    public Document apply(Document document, StageContext context) {
        List<Line> lines = document.blocks(Line.class);
        LanguageProfile profile = context.profile();
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (TitleLine.is(lines.get(i).text())) {
                title = i;
            }
        }
        int end = title >= 0 ? title : formulaLine(lines, profile);
        if (end <= 0) {
            return document;
        }
        LineJoiner joiner = context.joiner();
        Metadata meta = document.metadata();
        StageContext.Warnings warnings = context.warnings();
        Field previous = null;
        List<Inline> agendaTitle = new ArrayList<>();
        // Unknown lines just above the formula of a text without a numbered title: its title (a draft's
        // sponsors and kind)
        List<Inline> untitled = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Line line : lines.subList(0, end)) {
            if (line.layout().rule()) {
                continue;
            }
            for (String cell : CELLS.split(line.text().strip())) {
                String text = Inlines.fold(cell);
                if (text.isEmpty() || MastheadLine.isOrganization(text)) {
                    continue;
                }
                Optional<Field> field = MastheadLine.classify(text, profile);
                if (field.isEmpty() && previous == Field.SESSION && text.matches(".*\\d.*")) {
                    field = Optional.of(Field.SESSION_DATES);
                } else if (field.isEmpty() && (previous == Field.AGENDA_ITEM || previous == Field.AGENDA_TITLE)) {
                    field = Optional.of(Field.AGENDA_TITLE);
                } else if (field.isEmpty() && previous == Field.ADOPTION && !text.endsWith(".")) {
                    // "Decision adopted by the Human Rights Council" | "on 2 July 2025"
                    meta = meta.with(Field.ADOPTION, Inlines.plainText(joiner.join(
                            List.of(new Text(meta.getOrEmpty(Field.ADOPTION))), List.of(new Text(text)))));
                    continue;
                } else if (field.isEmpty() && !meta.has(Field.ISSUED) && !meta.has(Field.SESSION)
                        && MastheadLine.looksLikeDate(text)) {
                    field = Optional.of(Field.ISSUED);
                }
                if (field.isEmpty()) {
                    if (title < 0) {
                        untitled = joiner.join(untitled, List.of(new Text(text)));
                        unknown.add(text);
                    } else {
                        warnings.add(new Warning(Warning.Kind.UNSTRUCTURED_TEXT, "masthead line not recognised: " + text));
                    }
                    continue;
                }
                if (title < 0 && !untitled.isEmpty()) {
                    // a known line after unknown ones: those were no title
                    unknown.forEach(u -> warnings.add(new Warning(Warning.Kind.UNSTRUCTURED_TEXT,
                            "masthead line not recognised: " + u)));
                    untitled = new ArrayList<>();
                    unknown.clear();
                }
                if (field.get() == Field.AGENDA_TITLE) {
                    agendaTitle = joiner.join(agendaTitle, List.of(new Text(text)));
                } else if (field.get() != Field.BODY) {
                    meta = meta.withIfAbsent(field.get(), text);
                }
                previous = field.get();
            }
        }
        if (!agendaTitle.isEmpty()) {
            meta = meta.with(Field.AGENDA_TITLE, Inlines.plainText(agendaTitle));
        }
        if (!untitled.isEmpty()) {
            meta = draftTitle(meta, Inlines.plainText(untitled).strip(), profile);
        }
        if (!meta.has(Field.KIND) && profile.masthead().decision().matcher(meta.getOrEmpty(Field.ADOPTION)).find()) {
            meta = meta.with(Field.KIND, "decision");
        }
        return document.withMetadata(meta).withBlocks(lines.subList(end, lines.size()));
    }

    /** The title of a text without a numbered title; a sponsors' draft says so at its end, after its sponsors. */
    private static Metadata draftTitle(Metadata meta, String title, LanguageProfile profile) {
        meta = meta.with(Field.TITLE, title);
        for (var kind : List.of(java.util.Map.entry("draft resolution", profile.masthead().draftResolution()),
                java.util.Map.entry("draft decision", profile.masthead().draftDecision()))) {
            java.util.regex.Matcher m = kind.getValue().matcher(title);
            if (m.find()) {
                return meta.with(Field.KIND, kind.getKey()).with(Field.SPONSORS, title.substring(0, m.start()).strip());
            }
        }
        return meta;
    }

    /** The first line that is an enacting formula of the language ({@code The Security Council,}), or -1. */
    private static int formulaLine(List<Line> lines, LanguageProfile profile) {
        for (int i = 0; i < lines.size(); i++) {
            if (profile.formula(lines.get(i).text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }
}
