package org.rapporteur.pipeline.stage.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Language;

class LanguageDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            大会， 重申决心按照《联合国宪章》 A/RES/65/218 COVID-19                | CHINESE
            The General Assembly, Recalling its resolution 76/13 of 2 December 2021 | ENGLISH
            L'Assemblée générale, Rappelant sa résolution 76/13 du 2 décembre       | FRENCH
            La Asamblea General, Recordando su resolución 76/13 de 2 de diciembre   | SPANISH
            Генеральная Ассамблея, ссылаясь на свою резолюцию 76/13                 | RUSSIAN
            إن الجمعية العامة، إذ تشير إلى قرارها 76/13                              | ARABIC
            """)
    void detectsTheSixLanguages(String text, Language expected) {
        assertThat(LanguageDetector.detect(text)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void findsNothingWithoutLetters() {
        assertThat(LanguageDetector.detect("12 / 34 -- 56")).isEmpty();
    }
}
