package org.rapporteur.format.akn.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.format.internal.XmlEscape;

/**
 * Akoma Ntoso as text: structural elements are indented, mixed content (a {@code <p>} and what is in it) is
 * written exactly, and every text and attribute value is cleaned of characters XML 1.0 cannot hold. The
 * bytes are those the JDK's StAX writer gave, which wrote this file before (a fifth of a text document's
 * time went to it): {@code <}, {@code >} and {@code &} escaped in text, {@code "} too in attribute values,
 * a start tag closed when its content begins, {@code <a></a>} for an element opened and closed, {@code <a/>}
 * for an empty one.
 */
public final class XmlOut {
    private final StringBuilder xml = new StringBuilder(16 * 1024);
    private final OutputStream out;
    private final Deque<Boolean> inline = new ArrayDeque<>();
    /** The open elements' names, innermost first. */
    private final Deque<String> names = new ArrayDeque<>();
    /** A start tag whose {@code >} is not written yet, or an empty element whose {@code />} is not. */
    private boolean startOpen;
    private boolean emptyOpen;

    public XmlOut(OutputStream out) {
        this.out = out;
    }

    public void startDocument() throws XMLStreamException {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    public void root(String name, String namespace, String... prefixAndUri) throws XMLStreamException {
        characters("\n");
        start(name);
        attribute("xmlns", namespace);
        for (int i = 0; i + 1 < prefixAndUri.length; i += 2) {
            attribute("xmlns:" + prefixAndUri[i], prefixAndUri[i + 1]);
        }
        inline.push(false);
    }

    /** Opens a structural element on its own line. */
    public XmlOut open(String name, String... attributes) throws XMLStreamException {
        boolean mixed = !inline.isEmpty() && inline.peek();
        if (!mixed) {
            indent();
        }
        start(name);
        attributes(attributes);
        inline.push(mixed);
        return this;
    }

    /** Opens an element whose content is mixed text: nothing is indented inside it. */
    public XmlOut openMixed(String name, String... attributes) throws XMLStreamException {
        if (inline.isEmpty() || !inline.peek()) {
            indent();
        }
        start(name);
        attributes(attributes);
        inline.push(true);
        return this;
    }

    public void openForeign(String prefix, String uri, String name) throws XMLStreamException {
        indent();
        start(prefix + ":" + name);
        inline.push(false);
    }

    /** An element of another namespace holding just text, on a line of its own. */
    public void foreignLeaf(String prefix, String uri, String name, String text) throws XMLStreamException {
        indent();
        start(prefix + ":" + name);
        text(text);
        end();
    }

    public void close() throws XMLStreamException {
        boolean mixed = inline.pop();
        boolean parentMixed = !inline.isEmpty() && inline.peek();
        if (!mixed && !parentMixed) {
            indent();
        }
        end();
    }

    /** An element with attributes only. */
    public void empty(String name, String... attributes) throws XMLStreamException {
        if (inline.isEmpty() || !inline.peek()) {
            indent();
        }
        closeTag();
        xml.append('<').append(name);
        emptyOpen = true;
        attributes(attributes);
    }

    /** A mixed-content element holding just text. */
    public void leaf(String name, String text, String... attributes) throws XMLStreamException {
        openMixed(name, attributes);
        text(text);
        close();
    }

    public void text(String text) throws XMLStreamException {
        characters(clean(text));
    }

    public void endDocument() throws XMLStreamException {
        while (!inline.isEmpty()) {
            close();
        }
        characters("\n");
        try {
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
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
                attribute(nameValue[i], clean(nameValue[i + 1]));
            }
        }
    }

    private void indent() {
        closeTag();
        xml.append('\n');
        for (int i = inline.size(); i > 0; i--) {
            xml.append("  ");
        }
    }

    private void start(String name) {
        closeTag();
        xml.append('<').append(name);
        names.push(name);
        startOpen = true;
    }

    private void end() {
        closeTag();
        xml.append("</").append(names.pop()).append('>');
    }

    /** Ends a start tag or an empty element before what follows it. */
    private void closeTag() {
        if (startOpen) {
            xml.append('>');
            startOpen = false;
        } else if (emptyOpen) {
            xml.append("/>");
            emptyOpen = false;
        }
    }

    private void characters(String text) {
        closeTag();
        XmlEscape.append(xml, text, true, false);
    }

    private void attribute(String name, String value) {
        xml.append(' ').append(name).append("=\"");
        XmlEscape.append(xml, value, true, true).append('"');
    }

    /** Drops what XML 1.0 cannot carry (see {@link org.rapporteur.model.Inlines#xmlSafe}). */
    public static String clean(String s) {
        return org.rapporteur.model.Inlines.xmlSafe(s);
    }
}
