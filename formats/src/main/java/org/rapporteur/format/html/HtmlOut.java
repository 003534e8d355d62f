package org.rapporteur.format.html;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.io.output.StringBuilderWriter;
import org.rapporteur.model.Inlines;

/**
 * A standalone HTML5 page written with StAX: the doctype, {@code <html lang dir>}, a head with the charset,
 * the viewport, the title and an inline stylesheet, then the body's elements. Text never carries a character
 * no markup may hold. Every page the tool writes (a document's, the batch index) starts here.
 */
public final class HtmlOut {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private final XMLStreamWriter w;
    /** The page as characters, encoded once at its end: on a stream StAX encodes one character at a time. */
    private final StringBuilderWriter chars = new StringBuilderWriter(16 * 1024);
    private final OutputStream out;

    private HtmlOut(OutputStream out) throws XMLStreamException {
        this.out = out;
        this.w = XML.createXMLStreamWriter(chars);
    }

    /** A page up to its open {@code <body>}. */
    public static HtmlOut page(OutputStream out, String lang, String dir, String title, String style) throws XMLStreamException {
        HtmlOut page = new HtmlOut(out);
        page.w.writeDTD("<!DOCTYPE html>");
        page.w.writeCharacters("\n");
        page.open("html", "lang", lang, "dir", dir);
        page.open("head");
        page.empty("meta", "charset", "utf-8");
        page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        page.element("title", title);
        page.element("style", style);
        page.close();
        page.open("body");
        return page;
    }

    /** Opens an element with attributes given as name, value, name, value… */
    public HtmlOut open(String name, String... attributes) throws XMLStreamException {
        w.writeStartElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    public HtmlOut close() throws XMLStreamException {
        w.writeEndElement();
        return this;
    }

    /** An element holding just {@code text}. */
    public HtmlOut element(String name, String text, String... attributes) throws XMLStreamException {
        return open(name, attributes).text(text).close();
    }

    public HtmlOut empty(String name, String... attributes) throws XMLStreamException {
        w.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    public HtmlOut text(String s) throws XMLStreamException {
        w.writeCharacters(Inlines.xmlSafe(s));
        return this;
    }

    /** Closes the body and the page. */
    public void finish() throws XMLStreamException {
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        try {
            out.write(chars.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }
}
