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
}
