package org.rapporteur.format.akn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Language;
import org.rapporteur.model.Text;

/**
 * A preambular paragraph without emphasis is named after the lead phrase the UN's own files name it by
 * (the containers of A/RES/78/10, A/RES/78/101 and A/HRC/RES/55/14 in ../shared/reference/akn4un), from
 * each language's {@code openings.phrase}.
 */
class LeadPhraseTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | إذ يسترشد بمقاصد ميثاق الأمم المتحدة ومبادئه،                     | إذ يسترشد
            ar | وإذ يؤكد من جديد التزامات جميع الدول                               | وإذ يؤكد من جديد
            ar | وإذ يؤكد من جديد أيضاً الإعلان العالمي لحقوق الإنسان               | وإذ يؤكد من جديد أيضاً
            ar | وإذ يحيط علماً بجميع البيانات والملاحظات                            | وإذ يحيط علماً
            ar | وإذ يسلم أيضاً بأن الأشخاص                                         | وإذ يسلم أيضاً
            ar | وإذ يعرب عن القلق البالغ إزاء العنف والممارسات الضارة              | وإذ يعرب عن القلق البالغ
            ar | وإذ تشير كذلك إلى أن المفهوم الأساسي                               | وإذ تشير كذلك
            ar | وإذ تلاحظ مع التقدير أن اللجنة الأولمبية الدولية                     | وإذ تلاحظ مع التقدير
            ar | وإقراراً منها بما تقدِّمه الرياضة                                   | وإقراراً منها
            en | Having examined the report of the Special Committee                | Having examined
            en | Taking note of all relevant statements                             | Taking note
            en | Recalling also its resolution 48/11                                | Recalling also
            es | Haciendo notar que la Declaración                                  | Haciendo notar
            es | Habiendo examinado el informe                                      | Habiendo examinado
            fr | Ayant examiné le rapport du Comité spécial                         | Ayant examiné
            fr | Prenant note de l’ensemble des déclarations                        | Prenant note
            fr | Ayant à l’esprit que                                               | Ayant à l’esprit
            """)
    void namedAfterItsLeadPhrase(String language, String text, String phrase) {
        assertThat(AknBody.leadPhrase(List.of(new Text(text)), Language.fromCode(language).orElseThrow())).isEqualTo(phrase);
    }
}
