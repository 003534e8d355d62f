package org.rapporteur.pipeline.language;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;
import static java.util.regex.Pattern.compile;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;

/**
 * The per-language knowledge of the pipeline, one entry a language. Wording follows the UN's own
 * resolutions (see the AKN4UN reference files): formulas, closing lines, vote labels.
 */
public final class LanguageProfiles {
    private static final String GA = "unga";
    private static final String HRC = "unga-hrc";
    /** A hyphen of any kind: UN Russian text prints {@code 47‑е} with a non-breaking hyphen. */
    private static final String HY = "[-‐‑–]";
    private static final Pattern DOT_NUMBER = compile("^(\\d{1,3})\\.\\s*");
    /** (a), (iv); French and Spanish print a), iv). */
    private static final Pattern LATIN_POINT = compile("^\\(?([a-z]{1,2}|[ivxl]{1,6})\\)\\s*");
    private static final Pattern COMMA = compile("\\s*[,;]\\s*");
    private static final Map<Language, LanguageProfile> PROFILES = new EnumMap<>(Language.class);

    static {
        put(new LanguageProfile(Language.CHINESE,
                List.of(new BodyForm(GA, "大会", List.of("大会，")),
                        new BodyForm(HRC, "人权理事会", List.of("人权理事会，"))),
                DOT_NUMBER, LATIN_POINT,
                compile("^(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日$"), Map.of(),
                compile("^第\\s*\\d+\\s*次(全体)?会议$"),
                compile("^\\[?经记录表决"), compile("以\\s*(?<yes>\\d+)\\s*票赞成、\\s*(?<no>\\d+)\\s*票反对、\\s*(?<abst>\\d+)\\s*票弃权", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("赞成", "反对", "弃权"), compile("\\s*[、，]\\s*"),
                compile("^第.{1,12}届(特别)?会议$"), compile("^议程项目\\s*\\S+"),
                compile(".*(通过的决议|大会决议|理事会决议)$")));
        put(new LanguageProfile(Language.JAPANESE,
                List.of(new BodyForm(GA, "総会", List.of("総会は、"))),
                DOT_NUMBER, LATIN_POINT,
                compile("^(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日$"), Map.of(),
                compile("^第\\s*\\d+\\s*回.*会合$"),
                compile("^\\[?記録投票"), compile("(?<yes>\\d+)\\D+(?<no>\\d+)\\D+(?<abst>\\d+)", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("賛成", "反対", "棄権"), compile("\\s*[、，]\\s*"),
                compile("^第.{1,12}会期$"), compile("^議題\\s*\\S+"), compile(".*決議$")));
        put(new LanguageProfile(Language.ENGLISH,
                List.of(new BodyForm(GA, "General Assembly", List.of("The General Assembly,")),
                        new BodyForm(HRC, "Human Rights Council", List.of("The Human Rights Council,"))),
                DOT_NUMBER, LATIN_POINT,
                compile("^(?<day>\\d{1,2})\\s+(?<month>[A-Za-z]+)\\s+(?<year>\\d{4})$"),
                months("january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"),
                compile("^\\d+(st|nd|rd|th)\\s+(plenary\\s+)?meeting$", CASE_INSENSITIVE),
                compile("^\\[?Adopted (at the \\S+ meeting, )?by (a )?recorded vote", CASE_INSENSITIVE),
                compile("vote of (?<yes>\\d+|none) to (?<no>\\d+|none)(?:,? with (?<abst>\\d+|no) abstentions?)?", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("In favour", "Against", "Abstaining"), COMMA,
                compile("^[A-Z][a-z]+(-[a-z]+)?( special| emergency special)? session$"), compile("^Agenda items?\\s+\\S+"),
                compile("^Resolution adopted by the .+", CASE_INSENSITIVE)));
        put(new LanguageProfile(Language.FRENCH,
                List.of(new BodyForm(GA, "Assemblée générale", List.of("L'Assemblée générale,", "L’Assemblée générale,")),
                        new BodyForm(HRC, "Conseil des droits de l'homme",
                                List.of("Le Conseil des droits de l'homme,", "Le Conseil des droits de l’homme,"))),
                DOT_NUMBER, LATIN_POINT,
                compile("^(?<day>\\d{1,2})(er)?\\s+(?<month>\\p{L}+)\\s+(?<year>\\d{4})$"),
                months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre"),
                compile("^\\d+e\\s+séance(\\s+plénière)?$", CASE_INSENSITIVE | UNICODE_CASE),
                compile("^\\[?Adoptée? (à l.issue d.un|par) vote enregistré", CASE_INSENSITIVE | UNICODE_CASE),
                compile("par (?<yes>\\d+) voix contre (?<no>\\d+|zéro)(?:,? avec (?<abst>\\d+|aucune) abstentions?)?", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("Ont voté pour", "Ont voté contre", "Se sont abstenus"), COMMA,
                compile("^[\\p{L}-]+ session( extraordinaire)?$"), compile("^Points? \\d+\\S*( de l.ordre du jour)?"),
                compile("^Résolution adoptée par .+", CASE_INSENSITIVE | UNICODE_CASE)));
        put(new LanguageProfile(Language.SPANISH,
                List.of(new BodyForm(GA, "Asamblea General", List.of("La Asamblea General,")),
                        new BodyForm(HRC, "Consejo de Derechos Humanos", List.of("El Consejo de Derechos Humanos,"))),
                DOT_NUMBER, LATIN_POINT,
                compile("^(?<day>\\d{1,2})\\s+de\\s+(?<month>\\p{L}+)\\s+de\\s+(?<year>\\d{4})$"),
                months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                        "octubre", "noviembre", "diciembre"),
                compile("^\\d+(ª|a|\\.ª)\\s+sesión(\\s+plenaria)?$", CASE_INSENSITIVE | UNICODE_CASE),
                compile("^\\[?Aprobad[ao] en (una )?votación registrada", CASE_INSENSITIVE | UNICODE_CASE),
                compile("por (?<yes>\\d+) votos contra (?<no>\\d+|ninguno)(?:,? y (?<abst>\\d+|ninguna) abstenci)?", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("Votos a favor", "Votos en contra", "Abstenciones"), COMMA,
                compile("^(\\d+[º°o]|\\p{L}+( \\p{L}+)?) período( extraordinario)? de sesiones$"), compile("^Temas? \\d+\\S*( del programa)?"),
                compile("^Resolución aprobada por .+", CASE_INSENSITIVE | UNICODE_CASE)));
        put(new LanguageProfile(Language.RUSSIAN,
                List.of(new BodyForm(GA, "Генеральная Ассамблея", List.of("Генеральная Ассамблея,")),
                        new BodyForm(HRC, "Совет по правам человека", List.of("Совет по правам человека,"))),
                DOT_NUMBER, compile("^\\(?([а-яa-z]{1,2}|[ivxl]{1,6})\\)\\s*"),
                compile("^(?<day>\\d{1,2})\\s+(?<month>\\p{L}+)\\s+(?<year>\\d{4})\\s+года$"),
                months("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                        "октября", "ноября", "декабря"),
                compile("^\\d+" + HY + "е\\s+(пленарное\\s+)?заседание$"),
                compile("^\\[?Принята (заносимым в отчет о заседании|в результате заносимого)", CASE_INSENSITIVE | UNICODE_CASE),
                compile("(?<yes>\\d+) голос\\p{L}*(?: против (?<no>\\d+))?(?:,? при (?<abst>\\d+) воздержавш)?", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("Голосовали за", "Голосовали против", "Воздержались"), COMMA,
                compile("^[\\p{L}-]+( [\\p{L}-]+)?( специальная| чрезвычайная специальная)? сессия$"), compile("^Пункты? \\d+\\S*( повестки дня)?"),
                compile("^Резолюция, принятая .+", CASE_INSENSITIVE | UNICODE_CASE)));
        Map<String, Integer> arabicMonths = months("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه",
                "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
        Map<String, Integer> more = new HashMap<>(arabicMonths);
        more.put("يونيو", 6);
        more.put("يوليو", 7);
        put(new LanguageProfile(Language.ARABIC,
                List.of(new BodyForm(GA, "الجمعية العامة", List.of("إن الجمعية العامة،")),
                        new BodyForm(HRC, "مجلس حقوق الإنسان", List.of("إن مجلس حقوق الإنسان،"))),
                // 1 - as the UN prints it; 1. where a layout wrote the Latin style
                compile("^(\\d{1,3})\\s*(?:" + HY + "|\\.)\\s*"), compile("^\\(([\\p{IsArabic}]{1,2}|[a-z])\\)\\s*"),
                // 21 تشرين الثاني/نوفمبر 2023: the month after the slash is the one we read
                compile("^(?<day>\\d{1,2})\\s+(?:[\\p{IsArabic} ]+/)?(?<month>\\p{IsArabic}+)\\s+(?<year>\\d{4})$"),
                more,
                compile("^الجلسة\\s+(العامة\\s+)?\\d+$"),
                compile("^\\[?اعتُ?مد بتصويت مسجل"),
                compile("(?<yes>\\d+) صوت\\S* مقابل (?<no>\\d+|صفر)(?:،? وامتناع (?<abst>\\d+))?", CASE_INSENSITIVE | UNICODE_CASE),
                List.of("المؤيدون", "المعارضون", "الممتنعون"), compile("\\s*[،,]\\s*"),
                compile("^الدورة\\s+\\S+.*$"), compile("^البند\\s+\\S+"),
                compile("^قرار (اتخذته|اعتمده) .+")));
    }

    private LanguageProfiles() {
    }

    private static void put(LanguageProfile p) {
        PROFILES.put(p.language(), p);
    }

    private static Map<String, Integer> months(String... names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
        }
        return m;
    }

    public static LanguageProfile of(Language language) {
        return PROFILES.get(language);
    }

    /** Every profile, for detection by formula. */
    public static List<LanguageProfile> all() {
        return List.copyOf(PROFILES.values());
    }
}
