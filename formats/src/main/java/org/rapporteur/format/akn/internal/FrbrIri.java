package org.rapporteur.format.akn.internal;

/**
 * AKN4UN work, expression and manifestation IRIs:
 * {@code /akn/un/statement/deliberation/unga/2010-12-21/65-218}, then {@code /zho@}, then {@code .akn}.
 */
public record FrbrIri(String actor, String date, String number, String language) {
    public String work() {
        return "/akn/un/statement/deliberation/" + actor + "/" + date + "/" + number.replace('/', '-');
    }

    public String expression() {
        return work() + "/" + language + "@";
    }

    public String manifestation() {
        return expression() + ".akn";
    }
}
