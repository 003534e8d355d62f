package org.rapporteur.pipeline.stage.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.pipeline.text.TitleLine;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Warning;
import org.rapporteur.profile.BodyForm;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;

/**
 * Gives paragraphs their role in a resolution: title and number (into metadata), enacting formula,
 * preambular paragraphs, numbered operative paragraphs with their sub-paragraphs, closing date and
 * meeting, adoption note and recorded vote. What it cannot place stays a plain paragraph, with a warning.
 */
public final class StructureStage implements Stage {
    /** Patterns compiled once (String.split and replaceAll compile theirs on every call, on every paragraph). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");
    /** {@code 65/218. Title}, {@code 28/2.} alone, and Arabic {@code 78/10 - Title}. */
    private static final Pattern BRACKETED = Pattern.compile("^\\[.+\\]$");
    /** A bullet before a point's text: •, ▪, ◦. */
    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25aa\\u25e6]\\s*");
    /** A number and a space before a word: an operative number printed without its period. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(?=\\p{L})");

    @Override
    public Document apply(Document document, StageContext context) {
        List<Paragraph> paras = document.blocks(Paragraph.class);
        LanguageProfile profile = context.profile();
        StageContext.Warnings warnings = context.warnings();
        Metadata meta = document.metadata();
        List<Block> out = new ArrayList<>();
        int i = 0;

        int title = findTitle(paras);
        if (title < 0 && meta.has(Field.TITLE)) {
            // A text without a numbered title (a draft): the masthead gave its title, its symbol is its number.
            meta = meta.with(Field.HEADING, meta.getOrEmpty(Field.TITLE));
            if (meta.has(Field.SYMBOL)) {
                meta = meta.withIfAbsent(Field.NUMBER, meta.getOrEmpty(Field.SYMBOL));
            }
        } else if (title < 0) {
            warnings.add(new Warning(Warning.Kind.NO_TITLE, "no title line such as '65/218. Title' found"));
        } else {
            for (Paragraph before : paras.subList(0, title)) {
                warnings.add(new Warning(Warning.Kind.UNSTRUCTURED_TEXT, "text above the title: " + before.text()));
            }
            Matcher m = TitleLine.match(paras.get(title).text());
            m.matches();
            meta = meta.with(Field.NUMBER, m.group(1));
            i = title + 1;
            String heading = paras.get(title).text().strip();
            if (m.group(2).isBlank() && i < paras.size() && !isFormula(paras.get(i).text(), profile).isPresent()) {
                meta = meta.with(Field.TITLE, paras.get(i).text().strip());
                heading = heading + " " + paras.get(i).text().strip();
                i++;
            } else {
                meta = meta.with(Field.TITLE, m.group(2).strip());
            }
            // A title set over several lines ends at the formula: "48/161. La situation en Amérique centrale :
            // processus" | "d'établissement d'une paix ferme et durable…" | "L'Assemblée générale,".
            int formula = i;
            while (formula < paras.size() && formula < i + 4 && isFormula(paras.get(formula).text(), profile).isEmpty()) {
                formula++;
            }
            if (formula > i && formula < paras.size() && formula < i + 4
                    && paras.subList(i, formula).stream().noneMatch(p -> p.text().strip().endsWith("."))) {
                List<Inline> whole = List.of(new org.rapporteur.model.Text(meta.getOrEmpty(Field.TITLE)));
                for (Paragraph p : paras.subList(i, formula)) {
                    whole = context.joiner().join(whole, p.content());
                }
                String joined = Inlines.plainText(whole).strip();
                heading = heading.replace(meta.getOrEmpty(Field.TITLE), joined);
                meta = meta.with(Field.TITLE, joined);
                i = formula;
            }
            meta = meta.with(Field.HEADING, heading);
            meta = meta.withIfAbsent(Field.KIND, meta.getOrEmpty(Field.SYMBOL).contains("/DEC/") ? "decision" : "resolution");
        }

        if (title >= 0 && i == title + 1) {
            // Plain text can run the title and the formula into one paragraph: "…国际合作大会，".
            String t = meta.getOrEmpty(Field.TITLE);
            for (LanguageProfile p : prefer(profile)) {
                for (BodyForm b : p.bodies()) {
                    for (String f : b.formulas()) {
                        if (t.endsWith(f) && t.length() > f.length()) {
                            String cut = t.substring(0, t.length() - f.length()).strip();
                            meta = meta.with(Field.TITLE, cut).with(Field.HEADING,
                                    meta.getOrEmpty(Field.HEADING).replace(t, cut));
                            paras = new ArrayList<>(paras);
                            paras.add(i, new Paragraph(List.of(new org.rapporteur.model.Text(f))));
                        }
                    }
                }
            }
        }
        if (i < paras.size()) {
            Optional<BodyForm> body = isFormula(paras.get(i).text(), profile);
            if (body.isPresent() || looksLikeFormula(paras.get(i).text())) {
                out.add(new Formula(paras.get(i).text().strip()));
                String name = body.map(BodyForm::name).orElse(paras.get(i).text().strip().replaceAll("[,，،]$", ""));
                meta = meta.with(Field.BODY, name);
                meta = meta.with(Field.ACTOR, body.map(BodyForm::actor).orElse(null));
                i++;
            } else {
                warnings.add(new Warning(Warning.Kind.NO_FORMULA, "no enacting formula after the title"));
            }
        }

        boolean operativeSeen = false;
        for (; i < paras.size(); i++) {
            Paragraph p = paras.get(i);
            String text = p.text().strip();
            Matcher number = profile.numbering().operative().matcher(text);
            Matcher point = profile.numbering().point().matcher(text);
            Matcher bullet = BULLET.matcher(text);
            Optional<ClosingParser.Parts> closing = ClosingParser.parse(text, profile);
            if (closing.isPresent()) {
                i = closing(paras, i, closing.get(), profile, out, warnings);
            } else if (VoteParser.isSummary(text, profile)) {
                List<String> vote = new ArrayList<>();
                for (; i < paras.size(); i++) {
                    vote.add(paras.get(i).text());
                }
                out.add(VoteParser.parse(vote, profile, warnings));
            } else if (BRACKETED.matcher(text).matches() && operativeSeen) {
                out.add(new AdoptionNote(text));
            } else if (number.lookingAt() || operativeSeen && unpunctuated(text, out)) {
                Matcher n = number.lookingAt() ? number : BARE_NUMBER.matcher(text);
                n.lookingAt();
                operativeSeen = true;
                out.add(new Operative(n.group(1), Inlines.dropPrefix(p.content(), n.end()), List.of(), n.group().strip()));
            } else if (operativeSeen && isHeading(text, paras, i + 1, profile)) {
                out.add(new Heading(text));
            } else if (bullet.lookingAt() && operativeSeen && out.get(out.size() - 1) instanceof Operative o) {
                out.set(out.size() - 1, o.withPoint(new SubParagraph(SubParagraph.BULLET,
                        Inlines.dropPrefix(p.content(), bullet.end()), PointLevel.of(SubParagraph.BULLET, o.points()))));
            } else if (point.lookingAt() && operativeSeen && out.get(out.size() - 1) instanceof Operative o) {
                out.set(out.size() - 1, o.withPoint(new SubParagraph(point.group(1),
                        Inlines.dropPrefix(p.content(), point.end()), PointLevel.of(point.group(1), o.points()))));
            } else if (!operativeSeen) {
                out.add(new Preambular(p.content()));
            } else if (out.get(out.size() - 1) instanceof Operative o && !o.points().isEmpty()
                    && !o.points().get(o.points().size() - 1).wrapUp()) {
                // Unnumbered text after an operative paragraph's sub-paragraphs finishes its sentence.
                out.set(out.size() - 1, o.withPoint(new SubParagraph("", p.content())));
            } else {
                warnings.add(new Warning(Warning.Kind.UNSTRUCTURED_TEXT, "paragraph outside the structure: " + text));
                out.add(p);
            }
        }
        if (!operativeSeen) {
            operativeSeen = unnumberedOperative(out, profile);
        }
        if (!operativeSeen) {
            warnings.add(new Warning(Warning.Kind.NO_OPERATIVE, "no numbered operative paragraph found"));
        }
        boolean closed = out.stream().anyMatch(b -> b instanceof Closing);
        if (meta.has(Field.SESSION_DATES)) {
            var range = DateReader.readRange(meta.getOrEmpty(Field.SESSION_DATES), profile);
            if (range.isPresent()) {
                meta = meta.with(Field.SESSION_START, range.get().startText()).with(Field.SESSION_START_DATE, range.get().start().toString())
                        .with(Field.SESSION_END, range.get().endText()).with(Field.SESSION_END_DATE, range.get().end().toString());
            }
        }
        if (meta.has(Field.ADOPTION)) {
            // the adoption line's date ("…adopted by the General Assembly on 21 November 2023", "2023年11月21日大会决议"),
            // which dates a text whose closing was not read
            String line = meta.getOrEmpty(Field.ADOPTION);
            var adopted = prefer(profile).stream().map(p -> DateReader.within(line, p)).flatMap(Optional::stream).findFirst();
            if (adopted.isPresent()) {
                meta = meta.with(Field.ADOPTION_DATE, adopted.get().toString());
            }
        }
        if (meta.has(Field.ISSUED)) {
            // the date of issue: a draft's only date, and an adopted text's date of publication; in the
            // document's language, or in another (the UN's Chinese, Arabic and Russian mastheads print
            // "Distr.: General" and the date of issue in English)
            String printed = meta.getOrEmpty(Field.ISSUED);
            var issued = prefer(profile).stream().map(p -> DateReader.read(printed, p)).flatMap(Optional::stream).findFirst();
            if (issued.isPresent()) {
                meta = meta.with(Field.ISSUED_DATE, issued.get().toString());
            }
        }
        if (!closed && !meta.getOrEmpty(Field.KIND).startsWith("draft")) {
            // (a draft has no closing: it is not adopted yet)
            warnings.add(new Warning(Warning.Kind.NO_CLOSING, "no closing date and meeting found"));
        }
        boolean dated = out.stream().anyMatch(b -> b instanceof Closing c && c.date().isPresent())
                || meta.has(Field.ADOPTION_DATE) || meta.has(Field.ISSUED_DATE);
        if (!dated) {
            // said in the report, since the Akoma Ntoso work then has no date of its own to be identified by
            warnings.add(new Warning(Warning.Kind.UNPARSED_DATE, "nothing dates the text (no closing date, adoption line or"
                    + " date of issue read): its Akoma Ntoso work is dated 0001-01-01, named \"unknown\""));
        }
        return document.withMetadata(meta).withBlocks(out);
    }

    /**
     * A text without numbered operative paragraphs (a decision: "Adopts the outcome…"): the paragraphs after
     * the last one that opens as the language's preambular paragraphs do ("Acting", "Having conducted") are its
     * operative part, unnumbered. Whether there were any.
     */
    private static boolean unnumberedOperative(List<Block> out, LanguageProfile profile) {
        int last = -1;
        int first = -1;
        // (up to the closing: an adoption note after it is no paragraph of the text)
        int end = 0;
        while (end < out.size() && !(out.get(end) instanceof Closing)) {
            end++;
        }
        for (int k = 0; k < end; k++) {
            if (out.get(k) instanceof Preambular p) {
                first = first < 0 ? k : first;
                if (opensPreamble(Inlines.plainText(p.content()).strip(), profile)) {
                    last = k;
                }
            }
        }
        if (first < 0 || last < first) {
            return false;
        }
        boolean any = false;
        for (int k = last + 1; k < end; k++) {
            if (out.get(k) instanceof Preambular p) {
                out.set(k, new Operative("", p.content(), List.of()));
                any = true;
            }
        }
        for (int k = end; any && k < out.size(); k++) {
            String text = out.get(k) instanceof Preambular p ? Inlines.plainText(p.content()).strip() : "";
            if (BRACKETED.matcher(text).matches()) {
                out.set(k, new AdoptionNote(text));
            }
        }
        return any;
    }

    /** Whether text opens as the language's preambular paragraphs do, by its first two words. */
    private static boolean opensPreamble(String text, LanguageProfile profile) {
        var o = profile.openings();
        String[] words = SPACES.split(text, 3);
        for (int k = 0; k < Math.min(2, words.length); k++) {
            String w = NOT_LETTER.matcher(words[k]).replaceAll("");
            if (o.word().matcher(w).matches() || o.leadingWord().matcher(w).matches() || o.leadingWords().contains(w)) {
                return true;
            }
        }
        return o.start().matcher(text).find() || !text.isEmpty() && Character.isIdeographic(text.codePointAt(0));
    }

    /**
     * An operative paragraph whose number was printed without its period ("11 Condemns…"): only the number
     * after the last operative paragraph's, before a word.
     */
    private static boolean unpunctuated(String text, List<Block> out) {
        Matcher m = BARE_NUMBER.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k) instanceof Operative o) {
                return o.number().matches("\\d{1,3}") && Integer.parseInt(o.number()) + 1 == Integer.parseInt(m.group(1));
            }
        }
        return false;
    }

    /**
     * A section heading of the operative part ("Arms embargo", "Reporting"): a short line of words that ends no
     * sentence, followed by a numbered paragraph or another heading.
     */
    private static boolean isHeading(String text, List<Paragraph> paras, int next, LanguageProfile profile) {
        if (text.isEmpty() || text.length() > 80 || SPACES.split(text).length > 10 || !Character.isLetter(text.codePointAt(0))
                || !Character.isLetterOrDigit(text.codePointBefore(text.length())) || next >= paras.size()) {
            return false;
        }
        String after = paras.get(next).text().strip();
        return profile.numbering().operative().matcher(after).lookingAt() || BARE_NUMBER.matcher(after).lookingAt();
    }

    /** Adds the closing starting at paragraph {@code i}; returns the index of its last paragraph. */
    private static int closing(List<Paragraph> paras, int i, ClosingParser.Parts parts, LanguageProfile profile,
                               List<Block> out, List<Warning> warnings) {
        String date = parts.date();
        String meeting = parts.meeting();
        boolean meetingFirst = parts.meetingFirst();
        int last = i;
        if (i + 1 < paras.size() && (date.isEmpty() != meeting.isEmpty())) {
            // the other half on the next line: the meeting after the date, or (as most languages print it) the
            // date after the meeting
            Optional<ClosingParser.Parts> next = ClosingParser.parse(paras.get(i + 1).text(), profile);
            if (next.isPresent() && date.isEmpty() && next.get().meeting().isEmpty()) {
                date = next.get().date();
                meetingFirst = true;
                last = i + 1;
            } else if (next.isPresent() && meeting.isEmpty() && next.get().date().isEmpty()) {
                meeting = next.get().meeting();
                last = i + 1;
            }
        }
        var iso = date.isEmpty() ? Optional.<java.time.LocalDate>empty() : DateReader.read(date, profile);
        if (!date.isEmpty() && iso.isEmpty()) {
            warnings.add(new Warning(Warning.Kind.UNPARSED_DATE, "closing date not understood: " + date));
        }
        out.add(new Closing(date, iso, meeting, meetingFirst));
        return last;
    }

    private static int findTitle(List<Paragraph> paras) {
        for (int k = 0; k < paras.size(); k++) {
            if (TitleLine.is(paras.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** The body whose formula {@code text} is, in the document's language or any other. */
    private static Optional<BodyForm> isFormula(String text, LanguageProfile profile) {
        for (LanguageProfile p : prefer(profile)) {
            Optional<BodyForm> b = p.formula(text);
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private static List<LanguageProfile> prefer(LanguageProfile first) {
        List<LanguageProfile> all = new ArrayList<>();
        all.add(first);
        Profiles.all().stream().filter(p -> p != first).forEach(all::add);
        return all;
    }

    /** A short line ending in a comma right after the title is a formula of a body we do not know. */
    private static boolean looksLikeFormula(String text) {
        String t = text.strip();
        return t.length() <= 60 && (t.endsWith(",") || t.endsWith("，") || t.endsWith("،"))
                && !t.contains("。") && !t.contains(".");
    }

}
