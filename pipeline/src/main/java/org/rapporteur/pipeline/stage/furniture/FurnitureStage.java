package org.rapporteur.pipeline.stage.furniture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.rapporteur.model.Block;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Line;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Mark;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.text.TitleLine;
import org.rapporteur.profile.PageFurniture;

/**
 * Removes page furniture: document symbols, job numbers, page numbers, bar codes and running headers
 * and footers. The symbol and job number are kept as metadata.
 */
public final class FurnitureStage implements Stage {
    @Override
    public Document apply(Document document, StageContext context) {
        List<Line> lines = document.blocks(Line.class);
        Set<Integer> running = RunningLineDetector.detect(lines);
        String title = title(lines);
        boolean numbered = pagesNumbered(lines);
        Metadata meta = document.metadata();
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String raw = line.text().strip();
            String text = org.rapporteur.model.Inlines.fold(raw);
            // A line with a reference mark is text (a note body such as "⁴ A/HRC/49/93."), never furniture.
            if (line.layout().rule() || line.content().stream().anyMatch(c -> c instanceof Mark)) {
                kept.add(line);
                continue;
            }
            if (PageFurniture.SYMBOL.matcher(text).matches()) {
                meta = meta.withIfAbsent(Field.SYMBOL, text);
                continue;
            }
            if (title != null && text.equals(title) && nearPageTop(lines, i)) {
                continue;
            }
            if (PageFurniture.isSymbolAndTitle(raw) && atPageEdge(lines, i)
                    || PageFurniture.SYMBOL_THEN_TITLE.matcher(raw).matches() && firstOnPage(lines, i)) {
                // the running header names the document: "United Nations      A/HRC/DEC/59/112"
                for (String cell : raw.split("\\s{2,}")) {
                    if (PageFurniture.SYMBOL.matcher(cell).matches()) {
                        meta = meta.withIfAbsent(Field.SYMBOL, cell);
                    }
                }
                continue;
            }
            Matcher job = PageFurniture.JOB.matcher(text);
            if (job.matches()) {
                meta = meta.withIfAbsent(Field.JOB_NUMBER, job.group("job"));
                continue;
            }
            if (PageFurniture.isPageNumber(text) || bareNumberOfItsPage(lines, i, text, numbered) || PageFurniture.BARCODE.matcher(text).matches()
                    || PageFurniture.CONTINUED.matcher(text).matches()
                    || PageFurniture.RECYCLE.matcher(text).matches() || running.contains(i)) {
                continue;
            }
            kept.add(line);
        }
        return document.withMetadata(meta).withBlocks(kept);
    }

    /** The resolution's title, from its title line ({@code 65/218. Title}), which running headers repeat. */
    private static String title(List<Line> lines) {
        for (Line l : lines) {
            Matcher m = TitleLine.match(org.rapporteur.model.Inlines.fold(l.text()));
            if (m.matches() && m.group(2).length() > 3) {
                return m.group(2);
            }
        }
        return null;
    }

    /** Among the first three lines of a page after the first. */
    private static boolean nearPageTop(List<Line> lines, int i) {
        int page = lines.get(i).page();
        int above = 0;
        for (int k = i - 1; k >= 0 && lines.get(k).page() == page; k--) {
            above++;
        }
        return page > 1 && above < 3;
    }

    private static boolean firstOnPage(List<Line> lines, int i) {
        return i == 0 || lines.get(i - 1).page() != lines.get(i).page();
    }

    /**
     * A number alone that is its page's number, at the page's top or foot: a footer's page number as Word and
     * LibreOffice print it ("3", centred under the notes). A bare number is otherwise kept (a note's label
     * alone on its line), so only the page's own number, where page numbers stand, is taken; and only where
     * the layout was measured (a PDF) or, in extracted text, where a mark at a page's end could stand alone
     * just so, where two pages at least print their own number at an edge ({@code numbered}).
     */
    private static boolean bareNumberOfItsPage(List<Line> lines, int i, String text, boolean numbered) {
        return (lines.get(i).layout().measured() || numbered) && ownNumber(lines, i, text) && atPageEdge(lines, i);
    }

    private static boolean ownNumber(List<Line> lines, int i, String text) {
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(text) == lines.get(i).page();
    }

    /**
     * Whether two pages or more have their own number alone on their first or last line (pdftotext's text of
     * a PDF whose footer numbers its pages, "1" to "4", each page ending with it).
     */
    private static boolean pagesNumbered(List<Line> lines) {
        Set<Integer> pages = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (ownNumber(lines, i, text) && atPageEdge(lines, i)) {
                pages.add(lines.get(i).page());
            }
        }
        return pages.size() >= 2;
    }

    /** The first or last text line of its page: where running headers and footers stand. */
    private static boolean atPageEdge(List<Line> lines, int i) {
        int page = lines.get(i).page();
        boolean first = true;
        for (int k = i - 1; k >= 0 && lines.get(k).page() == page; k--) {
            first &= lines.get(k).layout().rule() || lines.get(k).text().isBlank();
        }
        boolean last = true;
        for (int k = i + 1; k < lines.size() && lines.get(k).page() == page; k++) {
            last &= lines.get(k).layout().rule() || lines.get(k).text().isBlank()
                    || PageFurniture.JOB.matcher(org.rapporteur.model.Inlines.fold(lines.get(k).text())).matches();
        }
        return first || last;
    }
}
