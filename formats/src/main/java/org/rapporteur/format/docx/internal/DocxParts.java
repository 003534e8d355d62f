package org.rapporteur.format.docx.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.rapporteur.format.internal.XmlEscape;
import org.rapporteur.model.Inlines;

/**
 * The package's fixed parts and its relationships, content types and properties, byte for byte as
 * Apache POI's packaging wrote them: the word-processing parts with XMLBeans' declaration, the packaging
 * parts with POI's ({@code standalone="yes"}, no line break), the core properties escaped as its DOM
 * serializer does.
 */
public final class DocxParts {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** How XMLBeans opens a part it saves. */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** How POI's packaging opens the parts it writes itself. */
    private static final String PACKAGE_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "application/vnd.openxmlformats-officedocument.";

    /** The opening of {@code word/document.xml} up to its body's content. */
    public static final String DOCUMENT_START = XML_DECLARATION + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>";

    /**
     * settings.xml as Word 2013 and later write it: without a compatibility mode Word opens the document
     * in Compatibility Mode.
     */
    public static final String SETTINGS = XML_DECLARATION + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"720\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
            + "</w:compat></w:settings>";

    /** Page numbers centred in the footer, as a PAGE field Word and LibreOffice fill in. */
    public static final String FOOTER = XML_DECLARATION + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\""
            + DocxStyles.FOOTER + "\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";

    public static final String APP = XML_DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "extended-properties\"><Application>Apache POI</Application></Properties>";

    private DocxParts() {
    }

    /** The page header, holding the document symbol where the UN prints it. */
    public static String header(DocxRuns runs, String symbol) {
        StringBuilder h = new StringBuilder(512).append(XML_DECLARATION).append("<w:hdr xmlns:w=\"").append(W).append("\">");
        DocxRuns.open(h, DocxStyles.HEADER, false);
        runs.text(h, symbol, false, false);
        return h.append("</w:p></w:hdr>").toString();
    }

    /** The section properties closing the body: the header's and the footer's relationships. */
    public static String sectionEnd(boolean header) {
        return "<w:sectPr>" + (header ? "<w:headerReference w:type=\"default\" r:id=\"rId4\"/>" : "")
                + "<w:footerReference w:type=\"default\" r:id=\"rId" + (header ? 5 : 4) + "\"/></w:sectPr></w:body></w:document>";
    }

    public static String contentTypes(boolean header) {
        StringBuilder t = new StringBuilder(1400).append(PACKAGE_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        override(t, TYPES + "extended-properties+xml", "/docProps/app.xml");
        override(t, "application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml");
        override(t, TYPES + "wordprocessingml.document.main+xml", "/word/document.xml");
        override(t, TYPES + "wordprocessingml.footer+xml", "/word/footer1.xml");
        override(t, TYPES + "wordprocessingml.footnotes+xml", "/word/footnotes.xml");
        if (header) {
            override(t, TYPES + "wordprocessingml.header+xml", "/word/header1.xml");
        }
        override(t, TYPES + "wordprocessingml.settings+xml", "/word/settings.xml");
        override(t, TYPES + "wordprocessingml.styles+xml", "/word/styles.xml");
        return t.append("</Types>").toString();
    }

    private static void override(StringBuilder t, String type, String part) {
        t.append("<Override ContentType=\"").append(type).append("\" PartName=\"").append(part).append("\"/>");
    }

    public static final String PACKAGE_RELATIONSHIPS = PACKAGE_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
            + relationship(1, "word/document.xml", R + "/officeDocument")
            + relationship(2, "docProps/app.xml", R + "/extended-properties")
            + relationship(3, "docProps/core.xml", RELATIONSHIPS + "/metadata/core-properties") + "</Relationships>";

    public static String documentRelationships(boolean header) {
        return PACKAGE_DECLARATION + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                + relationship(1, "settings.xml", R + "/settings") + relationship(2, "styles.xml", R + "/styles")
                + relationship(3, "footnotes.xml", R + "/footnotes")
                + (header ? relationship(4, "header1.xml", R + "/header") : "")
                + relationship(header ? 5 : 4, "footer1.xml", R + "/footer") + "</Relationships>";
    }

    private static String relationship(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    /**
     * The core properties; dates come from the document (its adoption), never from the clock: same input,
     * same bytes. An empty title or subject is left out.
     */
    public static String core(String title, String subject, String language, Optional<LocalDate> adopted) {
        StringBuilder c = new StringBuilder(700).append(PACKAGE_DECLARATION)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        String date = adopted.map(d -> d + "T00:00:00Z").orElse(null);
        if (date != null) {
            c.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:created>");
        }
        c.append("<dc:creator>Rapporteur</dc:creator>");
        element(c, "dc:language", language);
        if (date != null) {
            c.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:modified>");
        }
        element(c, "dc:subject", Inlines.xmlSafe(subject));
        element(c, "dc:title", Inlines.xmlSafe(title));
        return c.append("</cp:coreProperties>").toString();
    }

    /** An element escaped as the JDK's serializer (under POI's properties marshaller) escapes text. */
    private static void element(StringBuilder c, String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        c.append('<').append(name).append('>');
        XmlEscape.append(c, value, true, false).append("</").append(name).append('>');
    }
}
