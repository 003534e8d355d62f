package org.rapporteur.profile;

import java.util.List;

/**
 * An organ as one language writes it: its AKN4UN actor code ({@code unga}, {@code unga-hrc}), its name
 * and the enacting formulas that open its resolutions.
 */
public record BodyForm(String actor, String name, List<String> formulas) {
    public BodyForm {
        formulas = List.copyOf(formulas);
    }
}
