package org.rapporteur.pipeline.stage.paragraphs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Line;

/**
 * How a document's paragraphs open: the first words of the lines that start a paragraph where nothing
 * else cut the text (not right after a page break or a note block), and how preambular paragraphs open in
 * each language: Russian ones in lower case with a verbal adverb ("признавая", "ссылаясь"), Arabic ones with
 * "وإذ" or "…منها", English, French and Spanish ones with a participle ("Recalling", "Convaincue",
 * "Reconociendo") or one of a few adjectives ("Mindful"). After a page cut at a comma, text that opens like
 * none of them is the paragraph the cut broke going on ("…Other Cruel," | "Inhuman or Degrading Treatment").
 */
final class Openings {
    /**
     * A Russian verbal adverb, in lower case as a preamble opens: признавая, приветствуя, ссылаясь, будучи,
     * подтвердив. Not a noun in -ия ("образования") nor a participle in -йся ("начинающийся").
     */
    private static final Pattern VERBAL_ADVERB = Pattern.compile("[а-яё]*([аеёоуыэюя]я|ясь|учи|ючи|[аяеиы]в|вшись|вши)");
    /** Verbal adverbs formed on a consonant stem, which the pattern does not see: "исходя из того, что…". */
    private static final Set<String> CONSONANT_GERUNDS = Set.of("исходя", "придя", "ведя", "неся");
    /** Verbal adverbs that work as prepositions inside a sentence: "включая" is "including". */
    private static final Set<String> PREPOSITIONS = Set.of("включая", "начиная", "несмотря", "благодаря", "исключая",
            "спустя", "кончая", "которая");
    /** Words that join on to a sentence and never open a paragraph of a Russian resolution. */
    private static final Set<String> CONJUNCTIONS = Set.of("и", "а", "но", "или", "либо");
    /** How Arabic preambular paragraphs open: "وإذ تشير", "وإقراراً منها", "واقتناعاً منه", "وقد نظرت". */
    private static final Pattern ARABIC_OPENING = Pattern.compile("^(و?إذ|و?قد|\\S+\\s+منها?)(\\s|،|$)");
    /**
     * A participle or adjective that opens an English, French or Spanish preambular paragraph, first or after
     * an adverb: "Recalling", "Deeply concerned", "Rappelant", "Convaincue", "Recordando", "Consciente".
     */
    private static final Pattern LATIN_OPENING = Pattern.compile(
            "\\p{IsLatin}+(ing|ed|ant|ée?s?|ues?|ando|iendo|yendo|ad[ao]s?|id[ao]s?|ente)"
                    + "|mindful|aware|conscious|cognizant|desirous|anxious|confident|soucieu(se|x)|compte",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * How Chinese preambular paragraphs open, by their first two characters after "又", "还", "进一步" and the
     * like: "回顾", "重申", "深为关切", "鉴于". Text after a page cut at "，" that opens otherwise ("并努力实现…",
     * "其中缔约国…") goes on with the sentence.
     */
    private static final Set<String> CHINESE_OPENINGS = Set.of("回顾", "重申", "确认", "认识", "注意", "欢迎", "强调",
            "铭记", "关切", "关注", "深为", "深感", "深信", "深切", "深表", "确信", "相信", "意识", "考虑", "表示", "赞赏",
            "承认", "申明", "遗憾", "痛惜", "震惊", "忆及", "念及", "指出", "认为", "希望", "决心", "感谢", "满意", "重视",
            "肯定", "支持", "鼓励", "赞扬", "祝贺", "谴责", "严重", "极为", "坚信", "决意", "期待", "致力", "承诺", "认可",
            "知悉", "获悉", "审议", "审查", "收到", "听取", "关心", "忧虑", "担忧", "警觉", "惊恐", "鉴于", "本着", "秉承",
            "遵循", "感到", "欣见", "欣悉", "强烈", "着重", "了解", "憂慮", "回顧", "確認", "認識", "歡迎", "強調", "銘記",
            "關切");
    /** What goes before a Chinese opening verb: "又回顾", "还重申", "进一步确认", "同时认识到". */
    private static final Pattern CHINESE_PREFIX = Pattern.compile("^(进一步|再次|同时|又|还|並|并|也|另|亦)+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");
    /** Fewer openings than this say too little about the document. */
    private static final int ENOUGH = 5;
    /** Shorter words ("с", "в") open paragraphs only as the start of a phrase, and say nothing alone. */
    private static final int WORD = 3;

    private final Set<String> words;

    private Openings(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static Openings of(List<Line> lines) {
        Set<String> words = new HashSet<>();
        int seen = 0;
        for (String t : ParagraphBreaks.uncutStarts(lines)) {
            if (Character.isLetter(t.codePointAt(0))) {
                String w = isCjk(t.codePointAt(0)) ? chineseOpening(t) : word(t.split("\\s+")[0]);
                if (w.length() >= WORD || isCjk(t.codePointAt(0))) {
                    words.add(w);
                }
                seen++;
            }
        }
        return new Openings(seen >= ENOUGH ? words : Set.of());
    }

    /**
     * Whether {@code text} may open a paragraph: its first word opens another paragraph of the document, or
     * it opens as preambular paragraphs do in its language (Chinese by its first two characters). True where
     * the document says too little.
     */
    boolean mayOpen(String text) {
        String t = text.strip();
        if (words.isEmpty() || t.isEmpty()) {
            return true;
        }
        if (isCjk(t.codePointAt(0))) {
            String opening = chineseOpening(t);
            return words.contains(opening) || CHINESE_OPENINGS.contains(opening);
        }
        if (ARABIC_OPENING.matcher(t).find()) {
            return true;
        }
        String[] first = t.split("\\s+", 4);
        if (words.contains(word(first[0]))) {
            return true;
        }
        if (CONJUNCTIONS.contains(first[0])) {
            return false;
        }
        for (int k = 0; k < Math.min(3, first.length); k++) {
            // (as written: a Russian verbal adverb opens in lower case, a capital is a name)
            String w = NOT_LETTER.matcher(first[k]).replaceAll("");
            if ((VERBAL_ADVERB.matcher(w).matches() || CONSONANT_GERUNDS.contains(w)) && !PREPOSITIONS.contains(w)
                    || k < 2 && LATIN_OPENING.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first two characters of Chinese text after the words that go before an opening verb. */
    private static String chineseOpening(String text) {
        String t = CHINESE_PREFIX.matcher(text).replaceFirst("");
        return t.substring(0, Math.min(2, t.length()));
    }

    private static String word(String token) {
        return NOT_LETTER.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
