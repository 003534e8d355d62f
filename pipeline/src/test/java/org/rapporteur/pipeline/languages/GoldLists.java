package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Council resolution (A/HRC/RES/55/14, with its two added notes) with one more operative paragraph
 * whose sub-paragraphs are numbered as each language prints them ("(a)", French and Spanish "a)", Russian
 * "а)", Arabic "(أ)"), one of them with points of its own ("(i)", "i)") and a wrap-up after them, as
 * unxml_gold.py flattens such a list: every point, then the wrap-up as a point without a number.
 */
final class GoldLists {
    /** The paragraph's intro, then number and text of each point; the last, numberless, is the wrap-up. */
    private record Listed(String intro, List<String[]> points) {
    }

    private static String[] p(String num, String text) {
        return new String[] {num, text};
    }

    private static final Map<String, Listed> LISTS = Map.of(
            "E", new Listed("Requests the Office of the High Commissioner:", List.of(
                    p("(a)", "To continue its work on the issue, in consultation with States;"),
                    p("(b)", "To prepare a report that includes:"),
                    p("(i)", "An analysis of laws and practices;"),
                    p("(ii)", "Recommendations to States,"),
                    p("", "and to present the report to the Human Rights Council at its sixtieth session;"))),
            "F", new Listed("Prie le Haut-Commissariat :", List.of(
                    p("a)", "De poursuivre ses travaux sur la question, en consultation avec les États ;"),
                    p("b)", "D’établir un rapport comprenant :"),
                    p("i)", "Une analyse des lois et des pratiques ;"),
                    p("ii)", "Des recommandations aux États,"),
                    p("", "et de présenter ce rapport au Conseil des droits de l’homme à sa soixantième session ;"))),
            "S", new Listed("Solicita a la Oficina del Alto Comisionado:", List.of(
                    p("a)", "Que prosiga su labor sobre la cuestión, en consulta con los Estados;"),
                    p("b)", "Que prepare un informe que incluya:"),
                    p("i)", "Un análisis de las leyes y prácticas;"),
                    p("ii)", "Recomendaciones a los Estados,"),
                    p("", "y que presente el informe al Consejo de Derechos Humanos en su sexagésimo período de sesiones;"))),
            "R", new Listed("просит Управление Верховного комиссара:", List.of(
                    p("а)", "продолжать свою работу по этому вопросу в консультации с государствами;"),
                    p("b)", "подготовить доклад, включающий:"),
                    p("i)", "анализ законов и практики;"),
                    p("ii)", "рекомендации государствам,"),
                    p("", "и представить этот доклад Совету по правам человека на его шестидесятой сессии;"))),
            "A", new Listed("يطلب إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان ما يلي:", List.of(
                    p("(أ)", "أن تواصل عملها بشأن هذه المسألة بالتشاور مع الدول؛"),
                    p("(ب)", "أن تعد تقريراً يتضمن تحليلاً للقوانين والممارسات وتوصيات إلى الدول،"),
                    p("", "وأن تقدم هذا التقرير إلى مجلس حقوق الإنسان في دورته الستين؛"))));

    private GoldLists() {
    }

    /** {@code …_lists.json} beside each {@code unxml_A_HRC_RES_55_14X_notes.json}. */
    static void addTo(Path gold) throws IOException {
        for (var e : LISTS.entrySet()) {
            ObjectNode g = GoldVariants.councilWithNotes(gold, e.getKey());
            if (g == null) {
                continue;
            }
            ArrayNode operative = (ArrayNode) g.path("operative");
            // before the last paragraph ("Decides to remain seized…"), which is renumbered after it
            ObjectNode last = (ObjectNode) operative.remove(operative.size() - 1);
            int number = Integer.parseInt(last.path("num").asText());
            ObjectNode listed = operative.addObject();
            listed.put("num", String.valueOf(number));
            listed.put("text", e.getValue().intro());
            ArrayNode points = listed.putArray("points");
            for (String[] pt : e.getValue().points()) {
                points.addObject().put("num", pt[0]).put("text", pt[1]);
            }
            last.put("num", String.valueOf(number + 1));
            operative.add(last);
            GoldVariants.writeCouncil(gold, e.getKey(), "lists", g);
        }
    }
}
