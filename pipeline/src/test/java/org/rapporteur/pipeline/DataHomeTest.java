package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Knowledge of languages lives in the data files (formats: org/rapporteur/profile/*.yaml), not in code:
 * no string literal of the main sources holds a letter outside ASCII, and none holds a list of words, as a
 * regular-expression alternation ("none|zero|ninguno") or as three or more word literals in one call
 * ({@code Set.of("paragraph", "article", …)}). Comments may quote any language.
 */
class DataHomeTest {
    /** Literals allowed, by file and literal, each with its reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "MastheadLine.java \\u0640", "tatweel, the Arabic stretching mark: typography, not a word",
            "Kashida.java \\u0640", "tatweel, the Arabic stretching mark: typography, not a word");
    private static final Pattern NON_ASCII_LETTER = Pattern.compile("[\\p{L}&&[^\\p{ASCII}]]");
    /** Three or more words of two letters or more, alternated: a word list written as a regular expression. */
    private static final Pattern ALTERNATED_WORDS = Pattern.compile("(?<![\\p{L}\\\\])\\p{L}{2,}(?:\\|\\p{L}{2,}){2,}(?!\\p{L})");
    /**
     * A collection of three word literals or more: {@code Set.of("paragraph", "article", "item")}, an array of
     * them, or a {@code case} with them (an XML writer's {@code start("formula", "name", …)} is no list).
     */
    private static final Pattern WORD_LITERALS = Pattern.compile(
            "(?:\\b(?:Set|List|Map|Stream)\\.of\\(|\\basList\\(|\\{|\\bcase)\\s*\"\\p{L}{2,}\"(?:\\s*,\\s*\"\\p{L}{2,}\"){2,}");

    @Test
    void noLanguageWordsInCode() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        for (String module : List.of("formats", "pipeline", "distributed")) {
            Path src = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    scan(f, found);
                }
            }
        }
        assertThat(found).as("language knowledge in code; it belongs in formats/src/main/resources/org/rapporteur/profile")
                .isEmpty();
    }

    @Test
    void theScanSeesWhatItLooksFor() {
        List<String> found = new ArrayList<>();
        check("X.java", "static final Set<String> W = Set.of(\"paragraph\", \"article\", \"item\"); // \"ok\" über",
                found);
        check("X.java", "Pattern.compile(\"(?:none|zero|ninguno)\"); /* \"Über\" */ String s = \"Página\";", found);
        check("X.java", "String ok = \"\\\\d+|(?<!\\\\p{L})\"; String alsoOk = \"a|b\"; xml.start(\"formula\", \"name\", \"x\");",
                found);
        check("X.java", "switch (w) { case \"the\", \"of\", \"and\" -> en++; }", found);
        assertThat(found).containsExactly("X.java: Set.of(\"paragraph\", \"article\", \"item\"",
                "X.java: \"(?:none|zero|ninguno)\"", "X.java: \"Página\"", "X.java: case \"the\", \"of\", \"and\"");
    }

    private static void scan(Path file, List<String> found) throws IOException {
        check(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), found);
    }

    /** The code of {@code source} with comments blanked, then its literals checked. */
    private static void check(String name, String source, List<String> found) {
        String code = withoutComments(source);
        Matcher lists = WORD_LITERALS.matcher(code);
        while (lists.find()) {
            found.add(name + ": " + lists.group());
        }
        Matcher lit = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"").matcher(code);
        while (lit.find()) {
            String literal = lit.group();
            String text = unescapeUnicode(literal);
            if (ALLOWED.containsKey(name + " " + literal.substring(1, literal.length() - 1))) {
                continue;
            }
            if (NON_ASCII_LETTER.matcher(text).find() || ALTERNATED_WORDS.matcher(text).find()) {
                found.add(name + ": " + literal);
            }
        }
    }

    private static String unescapeUnicode(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(b).toString();
    }

    /** {@code source} with its comments replaced by spaces, string and character literals kept. */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, source.length());
                out.append(source, i, j);
                i = j;
            } else if (source.startsWith("//", i)) {
                int j = source.indexOf('\n', i);
                i = j < 0 ? source.length() : j;
            } else if (source.startsWith("/*", i)) {
                int j = source.indexOf("*/", i + 2);
                i = j < 0 ? source.length() : j + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
