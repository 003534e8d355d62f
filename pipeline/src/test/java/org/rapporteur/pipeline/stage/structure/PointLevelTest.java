package org.rapporteur.pipeline.stage.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.SubParagraph;

class PointLevelTest {
    /** The level each label gets, read in order. */
    private static List<Integer> levels(String... labels) {
        List<SubParagraph> before = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (String label : labels) {
            int level = PointLevel.of(label, before);
            before.add(new SubParagraph(label, List.of(), level));
            out.add(level);
        }
        return out;
    }

    @Test
    void romanNumeralsAfterALetterArePointsOfThatPoint() {
        assertThat(levels("a", "b", "i", "ii", "iii", "iv", "v", "c")).containsExactly(1, 1, 2, 2, 2, 2, 2, 1);
    }

    @Test
    void theLetterAfterHIsI() {
        assertThat(levels("g", "h", "i", "j")).containsExactly(1, 1, 1, 1);
        assertThat(levels("t", "u", "v", "w", "x")).containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void aListNumberedInRomanFromItsStartIsOneList() {
        assertThat(levels("i", "ii", "iii")).containsExactly(1, 1, 1);
    }

    @Test
    void afterAWrapUpNothingIsNested() {
        assertThat(levels("a", "", "i")).containsExactly(1, 1, 1);
    }
}
