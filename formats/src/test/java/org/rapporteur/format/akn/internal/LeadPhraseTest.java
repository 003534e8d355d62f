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
            es | Expresando gran preocupación por la violencia                      | Expresando gran preocupación
            ru | выражая крайнюю обеспокоенность по поводу насилия                  | выражая крайнюю обеспокоенность
            ru | выражая признательность Генеральному секретарю                     | выражая признательность
            en | Expressing grave concern at the violence                           | Expressing grave concern
            en | Reiterating its conviction that the eradication of colonialism     | Reiterating its conviction
            zh | 感到遗憾的是，殖民主义尚未完全根除                                | 感到遗憾的是
            zh | 重申深信必须铲除殖民主义                                            | 重申深信
            zh | 又回顾其1993年10月25日第48/11号决议                                | 又回顾
            """)
    void namedAfterItsLeadPhrase(String language, String text, String phrase) {
        assertThat(AknBody.leadPhrase(List.of(new Text(text)), Language.fromCode(language).orElseThrow())).isEqualTo(phrase);
    }

    /** An operative paragraph's lead, set as the UN's files set it (the spans of the same files' main bodies). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | تحث الدول الأعضاء على أن تراعي الهدنة الأولمبية                  | تحث
            ar | ترحب أيضاً بما للرياضيين المشاركين                                 | ترحب أيضاً
            ar | تحيط علماً بتقرير الأمين العام                                     | تحيط علماً
            zh | 敦促会员国依循《联合国宪章》                                         | 敦促
            zh | 又欢迎参加奥运会和残奥会的运动员                                     | 又欢迎
            zh | 着重指出会员国之间务必开展合作                                       | 着重指出
            zh | 满意地回顾在联合国监督下                                             | 满意地回顾
            zh | 重申决心继续采取一切必要步骤                                         | 重申决心
            zh | 请秘书长和大会主席推动会员国                                         | 请
            zh | 深感关切的是，世界各地                                               | 深感关切的是
            en | Calls upon the administering Powers                                | Calls upon
            """)
    void anOperativeLeadAsTheUnSetsIt(String language, String text, String lead) {
        Language l = Language.fromCode(language).orElseThrow();
        java.util.regex.Matcher m = org.rapporteur.profile.Profiles.of(l).openings().operative().matcher(text);
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group().strip()).isEqualTo(lead);
    }
}
