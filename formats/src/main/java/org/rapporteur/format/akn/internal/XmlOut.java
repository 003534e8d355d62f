package org.rapporteur.format.akn.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * A thin layer over StAX: structural elements are indented, mixed content (a {@code <p>} and what is in
 * it) is written exactly, and every text and attribute value is cleaned of characters XML 1.0 cannot
 * hold. Escaping of {@code <}, {@code &} and the rest is the StAX writer's, by construction.
 */
public final class XmlOut {
    // The JDK's own StAX writer, never whichever one the classpath brings (Spark brings Woodstox, which
    // quotes the XML declaration differently): the same document gives the same bytes everywhere.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private final XMLStreamWriter w;
    /**
     * The document as characters, encoded once at its end: on a stream the JDK's writer encodes and hands
     * over one character at a time (a fifth of a text document's time went there).
     */
    private final StringBuilderWriter chars = new StringBuilderWriter(16 * 1024);
    private final OutputStream out;
    private final Deque<Boolean> inline = new ArrayDeque<>();

    public XmlOut(OutputStream out) throws XMLStreamException {
        this.out = out;
        this.w = FACTORY.createXMLStreamWriter(chars);
    }

    public void startDocument() throws XMLStreamException {
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    public void root(String name, String namespace, String... prefixAndUri) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement(name);
        w.writeDefaultNamespace(namespace);
        for (int i = 0; i + 1 < prefixAndUri.length; i += 2) {
            w.writeNamespace(prefixAndUri[i], prefixAndUri[i + 1]);
        }
        inline.push(false);
    }

    /** Opens a structural element on its own line. */
    public XmlOut open(String name, String... attributes) throws XMLStreamException {
        boolean mixed = !inline.isEmpty() && inline.peek();
        if (!mixed) {
            indent();
        }
        w.writeStartElement(name);
        attributes(attributes);
        inline.push(mixed);
        return this;
    }

    /** Opens an element whose content is mixed text: nothing is indented inside it. */
    public XmlOut openMixed(String name, String... attributes) throws XMLStreamException {
        if (inline.isEmpty() || !inline.peek()) {
            indent();
        }
        w.writeStartElement(name);
        attributes(attributes);
        inline.push(true);
        return this;
    }

    public void openForeign(String prefix, String uri, String name) throws XMLStreamException {
        indent();
        w.writeStartElement(prefix, name, uri);
        inline.push(false);
    }

    /** An element of another namespace holding just text, on a line of its own. */
    public void foreignLeaf(String prefix, String uri, String name, String text) throws XMLStreamException {
        indent();
        w.writeStartElement(prefix, name, uri);
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    public void close() throws XMLStreamException {
        boolean mixed = inline.pop();
        boolean parentMixed = !inline.isEmpty() && inline.peek();
        if (!mixed && !parentMixed) {
            indentClose();
        }
        w.writeEndElement();
    }

    /** An element with attributes only. */
    public void empty(String name, String... attributes) throws XMLStreamException {
        if (inline.isEmpty() || !inline.peek()) {
            indent();
        }
        w.writeEmptyElement(name);
        attributes(attributes);
    }

    /** A mixed-content element holding just text. */
    public void leaf(String name, String text, String... attributes) throws XMLStreamException {
        openMixed(name, attributes);
        text(text);
        close();
    }

    public void text(String text) throws XMLStreamException {
        w.writeCharacters(clean(text));
    }

    public void endDocument() throws XMLStreamException {
        while (!inline.isEmpty()) {
            close();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
        try {
            out.write(chars.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    private void attributes(String... nameValue) throws XMLStreamException {
        if (nameValue.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < nameValue.length; i += 2) {
            if (nameValue[i + 1] != null) {
                w.writeAttribute(nameValue[i], clean(nameValue[i + 1]));
            }
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(inline.size()));
    }

    private void indentClose() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(inline.size()));
    }

    /** Drops what XML 1.0 cannot carry (see {@link org.rapporteur.model.Inlines#xmlSafe}). */
    public static String clean(String s) {
        return org.rapporteur.model.Inlines.xmlSafe(s);
    }
}
