package org.rapporteur.format.docx.internal;

import org.rapporteur.format.internal.XmlEscape;

/**
 * Escaping exactly as XMLBeans saves the parts Apache POI builds, so that writing the parts directly gives
 * the bytes POI's XWPF gave (a Word file's bytes are what archives compare). In text: {@code <} and
 * {@code &} become entities, {@code >} only after {@code ]]}; a text of over 32 characters holding more
 * than five {@code <} or {@code &} is written as CDATA, split where it holds {@code ]]>}. In attribute
 * values: {@code <}, {@code &} and {@code "}. Characters XML cannot hold never arrive here (the model's
 * {@code Inlines.xmlSafe} removed them).
 */
public final class WordXml {
    /** XMLBeans' defaults for its CDATA heuristic ({@code XmlOptions.setSaveCDataLengthThreshold} and entity count). */
    private static final int CDATA_LENGTH = 32;
    private static final int CDATA_ENTITIES = 5;

    private WordXml() {
    }

    /** Appends {@code s} as element content. */
    public static StringBuilder text(StringBuilder out, String s) {
        int entities = 0;
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&') {
                entities++;
                plain = false;
            } else if (c == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
                plain = false;
            }
        }
        if (plain) {
            return out.append(s);
        }
        if (s.length() > CDATA_LENGTH && entities > CDATA_ENTITIES) {
            return out.append("<![CDATA[").append(s.replace("]]>", "]]]]>><![CDATA[")).append("]]>");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Appends {@code name="value"} with a space before it. */
    public static StringBuilder attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        return XmlEscape.append(out, value, false, true).append('"');
    }
}
