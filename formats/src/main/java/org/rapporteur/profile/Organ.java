package org.rapporteur.profile;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A UN organ, from {@code organs.yaml}.
 *
 * @param actor  the AKN4UN actor code in FRBR IRIs ({@code unga})
 * @param akn    the organization's TLC reference in an AKN file
 * @param symbol the shape of its document symbols, matched at their start
 * @param names  per language code, its name and enacting formulas
 */
public record Organ(String actor, AknOrganization akn, Pattern symbol, Map<String, Name> names) {
    public Organ {
        names = Map.copyOf(names);
    }

    /** The organ's name and formulas in one language. */
    public record Name(String name, java.util.List<String> formulas) {
        public Name {
            formulas = java.util.List.copyOf(formulas);
        }
    }

    /**
     * An organization reference in AKN: {@code <TLCOrganization eId href showAs>}; {@code session}, what a
     * session of the organ refers to in a cover page ({@code <session refersTo="#generalAssembly">});
     * {@code citations}, {@code linked} where the UN's files of its texts link the documents they cite.
     */
    public record AknOrganization(String eId, String href, String showAs, String session, String citations) {
        public boolean linksCitations() {
            return "linked".equals(citations);
        }
    }
}
