package org.rapporteur.format.akn.internal;

/**
 * AKN4UN work, expression and manifestation IRIs as the UN's own files write them: the work
 * {@code /akn/un/statement/deliberation/unga/2023-11-21/78-10/} ({@code …/!main/} for its main part), the
 * expression {@code …/78-10/eng@/} ({@code …/eng@!main/}), the manifestation {@code …/78-10/eng@.xml}
 * ({@code …/eng@/!main.xml}).
 */
public record FrbrIri(String actor, String date, String number, String language) {
    public String work() {
        return "/akn/un/statement/deliberation/" + actor + "/" + date + "/" + number.replace('/', '-') + "/";
    }

    public String workThis() {
        return work() + "!main/";
    }

    public String expression() {
        return work() + language + "@/";
    }

    public String expressionThis() {
        return work() + language + "@!main/";
    }

    public String manifestation() {
        return work() + language + "@.xml";
    }

    public String manifestationThis() {
        return work() + language + "@/!main.xml";
    }
}
