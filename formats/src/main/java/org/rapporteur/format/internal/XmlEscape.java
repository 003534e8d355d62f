package org.rapporteur.format.internal;

/**
 * The one escaping loop of the writers that write XML as text. Each writer keeps the bytes of the
 * serializer that wrote its files before, and those differ only in which of {@code >} and {@code "} they
 * escaped: the caller says which. {@code <} and {@code &} are always escaped.
 */
public final class XmlEscape {
    private XmlEscape() {
    }

    /** Appends {@code s} to {@code out}, escaping {@code <} and {@code &}, and {@code >} and {@code "} where asked. */
    public static StringBuilder append(StringBuilder out, String s, boolean greaterThan, boolean quote) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append(greaterThan ? "&gt;" : ">");
                case '"' -> out.append(quote ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out;
    }
}
