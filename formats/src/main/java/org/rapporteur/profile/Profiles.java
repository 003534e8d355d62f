package org.rapporteur.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;

/**
 * The language and organ data of the project, loaded once from the YAML files beside this class: one
 * file a language ({@code en.yaml}) and {@code organs.yaml}. Adding a language or an organ is editing
 * those files (and, for a language, the {@link Language} enum's codes).
 */
public final class Profiles {
    /** A regular expression that matches nothing: what an empty pattern in a data file means. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .addModule(new SimpleModule().addDeserializer(Pattern.class, new PatternDeserializer()))
            .build();
    private static final OrganFile ORGAN_FILE = load("organs.yaml", OrganFile.class);
    private static final List<Organ> ORGANS = ORGAN_FILE.organs();
    private static final Map<Language, LanguageProfile> PROFILES = loadProfiles();
    private static final SharedFurniture SHARED = load("shared.yaml", SharedFile.class).furniture();

    private Profiles() {
    }

    /** The profile of {@code language}. */
    public static LanguageProfile of(Language language) {
        return PROFILES.get(language);
    }

    /** Every language's profile, in the order of the {@link Language} enum. */
    public static List<LanguageProfile> all() {
        return List.copyOf(PROFILES.values());
    }

    /** What every language prints alike: the job number, page count and bar code. */
    public static SharedFurniture shared() {
        return SHARED;
    }

    /**
     * One kind of words of every language's data (page furniture and masthead lines may be in any language,
     * and they are read before the document's language is known).
     */
    public static java.util.Set<String> everyLanguage(java.util.function.Function<LanguageProfile, List<String>> words) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        PROFILES.values().forEach(p -> all.addAll(words.apply(p)));
        return java.util.Collections.unmodifiableSet(all);
    }

    /** A regular-expression group matching any of those words ({@link #everyLanguage}), each quoted, in a fixed order. */
    public static String anyOf(java.util.function.Function<LanguageProfile, List<String>> words) {
        return everyLanguage(words).stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    /** The organs, in the order their formulas are tried. */
    public static List<Organ> organs() {
        return ORGANS;
    }

    /**
     * The name AKN4UN shows for who put a text forward ({@code noMainCommittee}, {@code fourthCommittee}),
     * as {@code organs.yaml} gives it.
     */
    public static Optional<String> proponentName(String reference) {
        return Optional.ofNullable(ORGAN_FILE.proponents() == null ? null : ORGAN_FILE.proponents().get(reference));
    }

    /** The organ {@code organ} is a subsidiary body of (the General Assembly for the Human Rights Council). */
    public static Optional<Organ> parent(Organ organ) {
        return Optional.ofNullable(ORGAN_FILE.subsidiaries().get(organ.actor())).flatMap(Profiles::organ);
    }

    /** The organ of the AKN4UN actor code {@code actor}. */
    public static Optional<Organ> organ(String actor) {
        return ORGANS.stream().filter(o -> o.actor().equals(actor)).findFirst();
    }

    /** The organ whose document symbols look like {@code symbol}; the first organ where none does. */
    public static Organ organOfSymbol(String symbol) {
        return ORGANS.stream().filter(o -> o.symbol().matcher(symbol).lookingAt()).findFirst().orElse(ORGANS.get(0));
    }

    /** One language file as written; {@link #loadProfiles} adds the organs. */
    private record LanguageFile(String language, Numbering numbering, ClosingLines closing, VoteWords vote,
                                MastheadLines masthead, FurnitureLines furniture, Detection detection,
                                PreambleOpenings openings, Words words, Links links) {
    }

    private record OrganFile(List<Organ> organs, Map<String, String> proponents, Map<String, String> subsidiaries) {
    }

    private record SharedFile(SharedFurniture furniture) {
    }

    private static Map<Language, LanguageProfile> loadProfiles() {
        Map<Language, LanguageProfile> profiles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            LanguageFile f = load(language.code() + ".yaml", LanguageFile.class);
            if (!language.code().equals(f.language())) {
                throw new IllegalStateException(language.code() + ".yaml says it is " + f.language());
            }
            List<BodyForm> bodies = new ArrayList<>();
            for (Organ o : ORGANS) {
                Organ.Name n = o.names().get(language.code());
                if (n != null) {
                    bodies.add(new BodyForm(o.actor(), n.name(), n.formulas()));
                }
            }
            profiles.put(language, new LanguageProfile(language, bodies, f.numbering(), f.closing(), f.vote(),
                    f.masthead(), f.furniture(), f.detection(), f.openings(), f.words(), f.links()));
        }
        return profiles;
    }

    private static <T> T load(String name, Class<T> type) {
        try (InputStream in = Profiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no data file " + name + " beside " + Profiles.class.getName());
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + name + ": " + e.getMessage(), e);
        }
    }

    /** A pattern from its text; an empty text matches nothing (a language without lines of the kind). */
    private static final class PatternDeserializer extends StdScalarDeserializer<Pattern> {
        PatternDeserializer() {
            super(Pattern.class);
        }

        @Override
        public Pattern deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            return text == null || text.isEmpty() ? NOTHING : Pattern.compile(text);
        }
    }
}
