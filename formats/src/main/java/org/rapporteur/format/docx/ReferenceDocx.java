package org.rapporteur.format.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A house template, as pandoc's {@code --reference-doc}: a user's DOCX whose styles, page setup and default
 * header and footer the written documents take. Its styles replace ours of the same id (Normal, Title,
 * Heading 1, … or our own Operative), and ours that it lacks stay, based on its Normal; its page size and
 * margins replace ours; its header and footer, where it has them, replace ours (the symbol, the page
 * number), text and fields only: pictures and other parts they would refer to are left out. Read once,
 * kept as XML, so each document gets its own copy.
 */
public final class ReferenceDocx {
    private final String styles;
    private final String section;
    private final String header;
    private final String footer;

    private ReferenceDocx(String styles, String section, String header, String footer) {
        this.styles = styles;
        this.section = section;
        this.header = header;
        this.footer = footer;
    }

    /** The template in {@code docx}, or an IOException saying why it is none. */
    public static ReferenceDocx of(byte[] docx) throws IOException {
        try (XWPFDocument ref = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String styles = ref.getStyles() == null ? null : ref.getStyles().getCtStyles().xmlText();
            CTSectPr sect = ref.getDocument().getBody().getSectPr();
            String header = text(ref.getHeaderFooterPolicy() == null ? null : ref.getHeaderFooterPolicy().getDefaultHeader());
            String footer = text(ref.getHeaderFooterPolicy() == null ? null : ref.getHeaderFooterPolicy().getDefaultFooter());
            return new ReferenceDocx(styles, sect == null ? null : sect.xmlText(), header, footer);
        } catch (RuntimeException e) {
            throw new IOException("not a DOCX file: " + e.getMessage(), e);
        }
    }

    /** A header or footer's XML without what would point to parts the written document lacks. */
    private static String text(XWPFHeaderFooter part) {
        if (part == null || part.getParagraphs().isEmpty()) {
            return null;
        }
        CTHdrFtr copy = (CTHdrFtr) part._getHdrFtr().copy();
        String w = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'; ";
        for (String path : List.of(".//w:drawing", ".//w:pict", ".//w:object", ".//w:hyperlink")) {
            List<XmlObject> found = new ArrayList<>(List.of(copy.selectPath(w + "$this" + path.substring(1))));
            for (XmlObject o : found) {
                try (var c = o.newCursor()) {
                    c.removeXml();
                }
            }
        }
        return copy.xmlText();
    }

    /** Applies the template to {@code doc}, whose own styles, header and footer are already in place. */
    void applyTo(XWPFDocument doc, String spellingLanguage) {
        try {
            if (styles != null) {
                XWPFStyles ours = doc.getStyles();
                CTStyles theirs = CTStyles.Factory.parse(styles);
                for (var style : theirs.getStyleArray()) {
                    List<XWPFStyle> list = ours.getStyles();
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).getStyleId().equals(style.getStyleId())) {
                            ours.removeStyle(i);
                            break;
                        }
                    }
                    ours.addStyle(new XWPFStyle(style));
                }
                if (theirs.isSetDocDefaults()) {
                    ours.getCtStyles().setDocDefaults(theirs.getDocDefaults());
                    ours.setSpellingLanguage(spellingLanguage);
                }
            }
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            if (section != null) {
                CTSectPr theirs = CTSectPr.Factory.parse(section);
                if (theirs.isSetPgSz()) {
                    sect.setPgSz(theirs.getPgSz());
                }
                if (theirs.isSetPgMar()) {
                    sect.setPgMar(theirs.getPgMar());
                }
            }
            replace(Optional.ofNullable(doc.getHeaderFooterPolicy()).map(p -> (XWPFHeaderFooter) p.getDefaultHeader()),
                    header, () -> doc.createHeader(HeaderFooterType.DEFAULT));
            replace(Optional.ofNullable(doc.getHeaderFooterPolicy()).map(p -> (XWPFHeaderFooter) p.getDefaultFooter()),
                    footer, () -> doc.createFooter(HeaderFooterType.DEFAULT));
        } catch (XmlException e) {
            throw new IllegalStateException("the reference DOCX's XML, read once already, no longer parses", e);
        }
    }

    private static void replace(Optional<XWPFHeaderFooter> ours, String theirs,
                                java.util.function.Supplier<XWPFHeaderFooter> create) throws XmlException {
        if (theirs == null) {
            return;
        }
        XWPFHeaderFooter part = ours.orElseGet(create);
        part.setHeaderFooter(CTHdrFtr.Factory.parse(theirs));
    }
}
