package org.rapporteur.pipeline.stage.masthead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.pipeline.text.TitleLine;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Text;
import org.rapporteur.model.Warning;
import org.rapporteur.model.Inlines;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * Reads the masthead, the lines above the title ({@code 65/218. …}), into metadata: distribution,
 * date of issue, session and its dates, agenda item and title, adoption line, committee report.
 * A line it does not know is reported as a warning, never silently dropped.
 */
public final class MastheadStage implements Stage {
    /** The title line starts with the resolution number: {@code 65/218. 标题}, {@code 28/2.}, {@code S-30/1.}. */

    @Override
    public Document apply(Document document, StageContext context) {
        List<Line> lines = document.blocks(Line.class);
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (TitleLine.is(lines.get(i).text())) {
                title = i;
            }
        }
        if (title <= 0) {
            return document;
        }
        LanguageProfile profile = context.profile();
        LineJoiner joiner = context.joiner();
        Metadata meta = document.metadata();
        List<Warning> warnings = new ArrayList<>();
        Field previous = null;
        List<Inline> agendaTitle = new ArrayList<>();
        for (Line line : lines.subList(0, title)) {
            String text = org.rapporteur.model.Inlines.fold(line.text());
            if (line.layout().rule() || text.isEmpty() || MastheadLine.isOrganization(text)) {
                continue;
            }
            Optional<Field> field = MastheadLine.classify(text, profile);
            if (field.isEmpty() && previous == Field.SESSION && text.matches(".*\\d.*")) {
                field = Optional.of(Field.SESSION_DATES);
            } else if (field.isEmpty() && (previous == Field.AGENDA_ITEM || previous == Field.AGENDA_TITLE)) {
                field = Optional.of(Field.AGENDA_TITLE);
            } else if (field.isEmpty() && !meta.has(Field.ISSUED) && !meta.has(Field.SESSION)
                    && MastheadLine.looksLikeDate(text)) {
                field = Optional.of(Field.ISSUED);
            }
            if (field.isEmpty()) {
                warnings.add(new Warning(Warning.Kind.UNSTRUCTURED_TEXT, "masthead line not recognised: " + text));
                continue;
            }
            if (field.get() == Field.AGENDA_TITLE) {
                agendaTitle = joiner.join(agendaTitle, List.of(new Text(text)));
            } else if (field.get() != Field.BODY) {
                meta = meta.withIfAbsent(field.get(), text);
            }
            previous = field.get();
        }
        if (!agendaTitle.isEmpty()) {
            meta = meta.with(Field.AGENDA_TITLE, Inlines.plainText(agendaTitle));
        }
        return document.withMetadata(meta).withBlocks(lines.subList(title, lines.size())).withWarnings(warnings);
    }
}
