package org.rapporteur.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InlinesTest {
    @Test
    void foldStripsAndMakesEveryRunOfSpacesOneSpace() {
        assertThat(Inlines.fold("  2010 年\u00a012\t\t月 \n 21 日 ")).isEqualTo("2010 年 12 月 21 日");
        assertThat(Inlines.fold("\u00a0lead")).isEqualTo(" lead");
        assertThat(Inlines.fold("\u3000全角\u3000 空格\u3000")).isEqualTo("全角\u3000 空格");
        String folded = "already folded";
        assertThat(Inlines.fold(folded)).isSameAs(folded);
    }

    /** The fold is written by hand for speed; it must stay the pattern it replaced, on any text. */
    @Test
    void foldIsThePatternItReplaced() {
        Pattern spaces = Pattern.compile("[\\s\\u00A0]+");
        String alphabet = "ab 年\t\n\u000b\f\r\u00a0\u3000\u2003\u200b.";
        Random random = new Random(22);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(Inlines.fold(text)).as("fold of %s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(spaces.matcher(text.strip()).replaceAll(" "));
        }
    }

    /** Random inline lists: normalizing keeps the text, leaves no empty or adjacent texts, and is idempotent. */
    @Test
    void normalizeKeepsTheTextAndGivesTheCanonicalForm() {
        Random random = new Random(7);
        for (int k = 0; k < 5_000; k++) {
            java.util.List<Inline> list = randomInlines(random, 2);
            java.util.List<Inline> normal = Inlines.normalize(list);
            assertThat(Inlines.plainText(normal)).isEqualTo(Inlines.plainText(list));
            assertThat(Inlines.normalize(normal)).isEqualTo(normal);
            for (int i = 0; i < normal.size(); i++) {
                if (normal.get(i) instanceof Text t) {
                    assertThat(t.text()).isNotEmpty();
                    assertThat(i > 0 && normal.get(i - 1) instanceof Text).as("adjacent texts in %s", normal).isFalse();
                }
            }
            // strip: the outermost texts stripped, then normalized (its definition, written out)
            java.util.List<Inline> expected = new java.util.ArrayList<>(normal);
            if (!expected.isEmpty() && expected.get(0) instanceof Text t) {
                expected.set(0, new Text(t.text().stripLeading()));
            }
            if (!expected.isEmpty() && expected.get(expected.size() - 1) instanceof Text t) {
                expected.set(expected.size() - 1, new Text(t.text().stripTrailing()));
            }
            assertThat(Inlines.strip(list)).isEqualTo(Inlines.normalize(expected));
        }
    }

    private static java.util.List<Inline> randomInlines(Random random, int depth) {
        java.util.List<Inline> list = new java.util.ArrayList<>();
        String[] texts = {"", " ", "a", "b c", " d ", "\u3000e"};
        for (int n = random.nextInt(5); n > 0; n--) {
            int kind = random.nextInt(depth > 0 ? 4 : 2);
            switch (kind) {
                case 0, 1 -> list.add(new Text(texts[random.nextInt(texts.length)]));
                case 2 -> list.add(new Emphasis(random.nextBoolean() ? Emphasis.Style.BOLD : Emphasis.Style.ITALIC,
                        randomInlines(random, depth - 1)));
                default -> list.add(new Mark("1"));
            }
        }
        return list;
    }
}
