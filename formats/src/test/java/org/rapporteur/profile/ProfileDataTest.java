package org.rapporteur.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Language;

/** The data files: every language has every key, values are what their keys say, every language loads. */
class ProfileDataTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyLanguageFileHasTheKeysOfEveryOther() throws Exception {
        Map<String, TreeSet<String>> keys = new TreeMap<>();
        TreeSet<String> union = new TreeSet<>();
        for (Language l : Language.values()) {
            TreeSet<String> k = new TreeSet<>();
            paths(tree(l.code() + ".yaml"), "", k);
            keys.put(l.code(), k);
            union.addAll(k);
        }
        List<String> missing = new ArrayList<>();
        keys.forEach((lang, k) -> union.stream().filter(p -> !k.contains(p)).forEach(p -> missing.add(lang + ".yaml lacks " + p)));
        assertThat(missing).isEmpty();
    }

    @Test
    void wordsAreTextNotYamlBooleansOrNumbers() throws Exception {
        // YAML reads a bare no, on or yes as a boolean: a word list would silently hold "false"
        List<String> wrong = new ArrayList<>();
        for (Language l : Language.values()) {
            scalars(tree(l.code() + ".yaml"), l.code(), wrong);
        }
        scalars(tree("organs.yaml"), "organs", wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyLanguageLoadsWithItsOrgans() {
        for (Language l : Language.values()) {
            LanguageProfile p = Profiles.of(l);
            assertThat(p.language()).isEqualTo(l);
            assertThat(p.bodies()).as(l.code()).isNotEmpty();
            assertThat(p.vote().labels()).hasSize(3);
        }
        assertThat(Profiles.of(Language.ENGLISH).bodies()).extracting(BodyForm::actor)
                .containsExactly("unga", "unga-hrc", "unsc", "unecosoc");
        assertThat(Profiles.of(Language.FRENCH).bodies().get(0).formulas()).contains("L'Assemblée générale,");
    }

    @Test
    void anEmptyPatternMatchesNothing() {
        assertThat(Profiles.of(Language.ENGLISH).openings().start().matcher("").find()).isFalse();
        assertThat(Profiles.of(Language.ARABIC).openings().start().matcher("وإذ تشير").find()).isTrue();
    }

    @Test
    void leadStylesByLanguageAndOrgan() {
        assertThat(Profiles.of(Language.ENGLISH).openings().leads("unga")).isEqualTo(LeadStyle.ITALIC);
        assertThat(Profiles.of(Language.CHINESE).openings().leads("unga-hrc")).isEqualTo(LeadStyle.BOLD);
        assertThat(Profiles.of(Language.ARABIC).openings().leads("unga")).isEqualTo(LeadStyle.BOLD_ITALIC);
        assertThat(Profiles.of(Language.ARABIC).openings().leads("unga-hrc")).isEqualTo(LeadStyle.ITALIC);
        // every organ a language sets apart is one organs.yaml knows
        for (Language l : Language.values()) {
            for (String actor : Profiles.of(l).openings().leadsByOrgan().keySet()) {
                assertThat(Profiles.organ(actor)).as(l.code() + " leadsByOrgan " + actor).isPresent();
            }
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LeadStyle.of("underline")))
                .hasMessageContaining("no lead style 'underline'");
    }

    @Test
    void monthsByNameAndVariant() {
        assertThat(Profiles.of(Language.ENGLISH).closing().month("December")).hasValue(12);
        assertThat(Profiles.of(Language.ARABIC).closing().month("يوليو")).hasValue(7);
        assertThat(Profiles.of(Language.ARABIC).closing().month("يوليه")).hasValue(7);
        assertThat(Profiles.of(Language.CHINESE).closing().month("12")).isEmpty();
    }

    @Test
    void organsBySymbol() {
        assertThat(Profiles.organOfSymbol("A/RES/78/10").actor()).isEqualTo("unga");
        assertThat(Profiles.organOfSymbol("A/HRC/RES/55/14").actor()).isEqualTo("unga-hrc");
        assertThat(Profiles.organOfSymbol("A/HRC/DEC/59/112").actor()).isEqualTo("unga-hrc");
        assertThat(Profiles.organOfSymbol("S/RES/2719 (2023)").actor()).isEqualTo("unsc");
        assertThat(Profiles.organOfSymbol("S/2024/302").actor()).isEqualTo("unsc");
        assertThat(Profiles.organOfSymbol("E/RES/2023/1").actor()).isEqualTo("unecosoc");
        assertThat(Profiles.organOfSymbol("").actor()).isEqualTo("unga");
    }

    @Test
    void sharedFurnitureShapes() {
        SharedFurniture f = Profiles.shared();
        assertThat(f.jobNumber().matcher("GE.24-06070 (F)").matches()).isTrue();
        assertThat(f.jobNumber().matcher("10-52441 (C)").matches()).isTrue();
        assertThat(f.pageOfCount().matcher("2/4").matches()).isTrue();
        assertThat(f.barcode().matcher("*1052441*").matches()).isTrue();
        assertThat(f.barcode().matcher("2023").matches()).isFalse();
    }

    private static JsonNode tree(String name) throws Exception {
        try (InputStream in = Profiles.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return YAML.readTree(in);
        }
    }

    private static void paths(JsonNode node, String at, TreeSet<String> out) {
        // (maps keyed by what differs between languages: a month's variants, the organs that set leads otherwise)
        if (node.isObject() && !at.endsWith("monthVariants") && !at.endsWith("leadsByOrgan")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                out.add(p);
                paths(e.getValue(), p, out);
            }
        }
    }

    /** The keys that are yes-or-no by design. */
    private static final java.util.Set<String> BOOLEANS = java.util.Set.of("bracketedPoints", "boldTitle");

    private static void scalars(JsonNode node, String at, List<String> wrong) {
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> scalars(e.getValue(), at + "." + e.getKey(), wrong));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                scalars(node.get(i), at + "[" + i + "]", wrong);
            }
        } else if (!node.isTextual() && !BOOLEANS.contains(at.substring(at.lastIndexOf('.') + 1)) && !at.contains(".monthVariants.")) {
            wrong.add(at + " = " + node);
        }
    }
}
