package org.rapporteur.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TitleLineTest {
    @Test
    void theTitleLinesOfEveryStyle() {
        assertThat(title("65/218. Enhancement of international cooperation")).isEqualTo("65/218|Enhancement of international cooperation");
        assertThat(title("75/180.增进人权领域的国际合作")).isEqualTo("75/180|增进人权领域的国际合作");
        assertThat(title("78/10 - بناء عالم يسوده السلام")).isEqualTo("78/10|بناء عالم يسوده السلام");
        assertThat(title("S-11/1. Assistance to Ukraine")).isEqualTo("S-11/1|Assistance to Ukraine");
        assertThat(title("28/2.")).isEqualTo("28/2|");
    }

    @Test
    void pageNumbersDatesAndNumbersAreNoTitleLines() {
        assertThat(TitleLine.is("2/4")).isFalse();
        assertThat(TitleLine.is("2023/24.5 per cent of the budget")).isFalse();
        assertThat(TitleLine.is("10-52441 2/4")).isFalse();
        assertThat(TitleLine.is("A/RES/65/218")).isFalse();
    }

    private static String title(String line) {
        Matcher m = TitleLine.match(line);
        return m.matches() ? m.group(1) + "|" + m.group(2) : "no match";
    }
}
