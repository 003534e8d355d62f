package org.rapporteur.pipeline.stage.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Language;
import org.rapporteur.profile.Profiles;

/** A session's dates as each language prints them: two dates, the first completed from the second or the reverse. */
class DateRangeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 26 February–5 April 2024 | 26 February | 5 April 2024",
        "en | 26 February 5 April 2024 | 26 February | 5 April 2024",
        "en | 30 December 2023–5 January 2024 | 30 December 2023 | 5 January 2024",
        "fr | 26 février-5 avril 2024 | 26 février | 5 avril 2024",
        "es | 26 de febrero a 5 de abril de 2024 | 26 de febrero | 5 de abril de 2024",
        "ru | 26 февраля — 5 апреля 2024 года | 26 февраля | 5 апреля 2024 года",
        "zh | 2024年2月26日至4月5日 | 2024年2月26日 | 4月5日",
        "ar | 26 شباط/فبراير - 5 نيسان/أبريل 2024 | 26 شباط/فبراير | 5 نيسان/أبريل 2024",
        "es | 26 febrero 5 abril 2024 | 26 febrero | 5 abril 2024",
        "ru | 26 февраля 5 апреля 2024 | 26 февраля | 5 апреля 2024",
        "ar | 26 شباط 5 نيسان 2024 | 26 شباط | 5 نيسان 2024",
    })
    void aSessionsDatesReadAsTwoDates(String code, String printed, String start, String end) {
        var range = DateReader.readRange(printed, Profiles.of(Language.fromCode(code).orElseThrow()));
        assertThat(range).isPresent();
        assertThat(range.get().startText()).isEqualTo(start);
        assertThat(range.get().endText()).isEqualTo(end);
        assertThat(range.get().start()).isBefore(range.get().end());
        assertThat(range.get().end().getYear()).isIn(2024);
        assertThat(range.get().start()).isIn(LocalDate.of(2024, 2, 26), LocalDate.of(2023, 12, 30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | 10 January 2024", "en | Seventy-eighth session", "zh | 2024年2月26日"})
    void oneDateOrNoneIsNoRange(String code, String printed) {
        assertThat(DateReader.readRange(printed, Profiles.of(Language.fromCode(code).orElseThrow()))).isEmpty();
    }
}
