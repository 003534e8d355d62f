package org.rapporteur.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a first page's masthead that a language writes its own way.
 *
 * @param organization  the organization's name, which heads the page
 * @param languageNames the line naming the document's language ({@code English}, {@code 中文})
 * @param distribution  the label of the distribution line ({@code Distr.: General})
 * @param original      the label of the original-language line ({@code Original}, {@code Язык оригинала})
 * @param session       a session line ({@code 第七十五届会议}, {@code Seventy-fifth session})
 * @param agenda        an agenda item line, matched at its start
 * @param adoption      the line saying who adopted the resolution and when
 * @param draftResolution how a sponsors' draft resolution ends its title ({@code …: draft resolution})
 * @param draftDecision how a sponsors' draft decision ends its title
 * @param decision      how an adoption line names a decision ({@code Decision adopted by…})
 * @param proponents    who put the text forward, by the bracketed line under the adoption line, in the
 *                      order tried: AKN4UN's reference name ({@code noMainCommittee}, {@code thirdCommittee})
 *                      and how the language writes it ({@code without reference to a Main Committee})
 */
public record MastheadLines(List<String> organization, List<String> languageNames, List<String> distribution,
                            List<String> original,
                            Pattern session, Pattern agenda, Pattern adoption, Pattern draftResolution,
                            Pattern draftDecision, Pattern decision, java.util.Map<String, Pattern> proponents) {
    public MastheadLines {
        organization = List.copyOf(organization);
        languageNames = List.copyOf(languageNames);
        distribution = List.copyOf(distribution);
        original = List.copyOf(original);
        proponents = proponents == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(proponents));
    }

    /** The AKN4UN reference of who put the text forward, by its bracketed line; empty if none is known. */
    public java.util.Optional<String> proponent(String bracketedLine) {
        return proponents.entrySet().stream().filter(e -> e.getValue().matcher(bracketedLine).find())
                .map(java.util.Map.Entry::getKey).findFirst();
    }
}
