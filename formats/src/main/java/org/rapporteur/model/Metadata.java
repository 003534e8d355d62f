package org.rapporteur.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Immutable metadata of a document: masthead facts, language, number and title. */
public final class Metadata {
    public static final Metadata EMPTY = new Metadata(new EnumMap<>(Field.class), null);

    private final Map<Field, String> values;
    private final Language language;

    private Metadata(EnumMap<Field, String> values, Language language) {
        this.values = Collections.unmodifiableMap(values);
        this.language = language;
    }

    public Optional<String> get(Field field) {
        return Optional.ofNullable(values.get(field));
    }

    public String getOrEmpty(Field field) {
        return values.getOrDefault(field, "");
    }

    /**
     * What the six language versions of one text share: its symbol ("A/RES/65/218"), else its organ's code
     * and number ("unga 65/218"), else nothing.
     */
    public Optional<String> translationKey() {
        if (has(Field.SYMBOL)) {
            return get(Field.SYMBOL);
        }
        if (has(Field.NUMBER)) {
            return Optional.of(get(Field.ACTOR).map(a -> a + " ").orElse("") + getOrEmpty(Field.NUMBER));
        }
        return Optional.empty();
    }

    /** The number and title as printed ("65/218. Title"), or what there is of them. */
    public Optional<String> printedTitle() {
        String number = getOrEmpty(Field.NUMBER);
        String title = getOrEmpty(Field.TITLE);
        if (number.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(get(Field.HEADING).orElse(number.isEmpty() ? title : title.isEmpty() ? number
                : number + ". " + title).strip());
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }

    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** All fields set, in {@link Field} order. */
    public Map<Field, String> asMap() {
        return values;
    }

    /** A copy with {@code field} set; a blank value removes it. */
    public Metadata with(Field field, String value) {
        EnumMap<Field, String> copy = copy();
        if (value == null || value.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, value.strip());
        }
        return new Metadata(copy, language);
    }

    /** A copy with {@code field} set unless it is set already: the first masthead line of a kind wins. */
    public Metadata withIfAbsent(Field field, String value) {
        return has(field) ? this : with(field, value);
    }

    public Metadata withLanguage(Language newLanguage) {
        return new Metadata(copy(), newLanguage);
    }

    private EnumMap<Field, String> copy() {
        return values.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metadata m && m.values.equals(values) && m.language == language;
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + (language == null ? 0 : language.hashCode());
    }

    @Override
    public String toString() {
        return "Metadata" + values + (language == null ? "" : "[" + language + "]");
    }
}
