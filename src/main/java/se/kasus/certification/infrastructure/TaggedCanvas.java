package se.kasus.certification.infrastructure;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * One page whose every drawing is either tagged content (a structure element under the document element with
 * its own marked-content id) or an artifact, as PDF/UA-1 and PDF/A-2a require. The page's marked content is
 * listed in the parent tree under the page's StructParents key 0; the next free key is 1, which the seal uses
 * for its widget annotation.
 */
final class TaggedCanvas implements AutoCloseable {

    /** A drawing made with the page's content stream. */
    @FunctionalInterface
    interface Drawing {
        void draw(PDPageContentStream stream) throws IOException;
    }

    static final int PAGE_PARENT_TREE_KEY = 0;

    private final PDPage page;
    private final PDPageContentStream stream;
    private final PDStructureElement document;
    private final COSArray markedContentParents = new COSArray();
    private int nextMcid;

    TaggedCanvas(PDDocument pdf, PDPage page) throws IOException {
        this.page = page;
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);

        page.setStructParents(PAGE_PARENT_TREE_KEY);
        // Tab order by structure: required by PDF/UA-1 on pages with annotations (the seal adds one).
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        COSDictionary parentTree = new COSDictionary();
        COSArray numbers = new COSArray();
        numbers.add(COSInteger.get(PAGE_PARENT_TREE_KEY));
        numbers.add(markedContentParents);
        parentTree.setItem(COSName.NUMS, numbers);
        root.setParentTree(new PDNumberTreeNode(parentTree, PDStructureElement.class));
        root.setParentTreeNextKey(PAGE_PARENT_TREE_KEY + 1);

        stream = new PDPageContentStream(pdf, page);
    }

    /** Draws content as a new structure element of the given standard type (and alternative text, if any). */
    PDStructureElement tagged(String structureType, String alternativeText, Drawing drawing) throws IOException {
        PDStructureElement element = new PDStructureElement(structureType, document);
        element.setPage(page);
        if (alternativeText != null) {
            element.setAlternateDescription(alternativeText);
        }
        document.appendKid(element);
        int mcid = nextMcid++;
        element.appendKid(mcid);
        markedContentParents.add(element);
        stream.beginMarkedContent(COSName.getPDFName(structureType), mcid);
        drawing.draw(stream);
        stream.endMarkedContent();
        return element;
    }

    /** Draws content that is decoration or layout, not part of the document's logical content. */
    void artifact(Drawing drawing) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw(stream);
        stream.endMarkedContent();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
