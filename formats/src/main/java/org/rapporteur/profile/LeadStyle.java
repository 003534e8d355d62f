package org.rapporteur.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Text;

/**
 * How the UN's files set the leads of a language's texts (the formula's body, a preambular paragraph's lead
 * phrase, an operative paragraph's lead): {@code italic} in English, {@code bold} in Chinese, {@code bold italic}
 * in the General Assembly's Arabic texts; written in the data files as those words, the class names of the
 * UN's {@code <span class="bold italic">}, or {@code ''} for none.
 */
public enum LeadStyle {
    NONE(""), ITALIC("italic"), BOLD("bold"), BOLD_ITALIC("bold italic");

    private final String name;

    LeadStyle(String name) {
        this.name = name;
    }

    /** The style a data file names ({@code bold italic}); an unknown name is an error in the data. */
    @JsonCreator
    public static LeadStyle of(String name) {
        for (LeadStyle s : values()) {
            if (s.name.equals(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("no lead style '" + name + "' (italic, bold, bold italic or '')");
    }

    /** {@code text} set in this style: bold italic as italic inside bold, the model's one way to say both. */
    public Inline set(String text) {
        return switch (this) {
            case NONE -> new Text(text);
            case ITALIC -> Emphasis.of(Emphasis.Style.ITALIC, text);
            case BOLD -> Emphasis.of(Emphasis.Style.BOLD, text);
            case BOLD_ITALIC -> new Emphasis(Emphasis.Style.BOLD, List.of(Emphasis.of(Emphasis.Style.ITALIC, text)));
        };
    }
}
