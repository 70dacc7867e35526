package se.kasus.certification.infrastructure;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Puts the invisible signature field into the structure tree. PDF/A-2 wants every annotation printable and not
 * hidden, so the zero-size widget cannot be left out of the tags as a hidden one; PDF/UA-1 then wants it inside a
 * Form element, with a description (TU) for assistive technology.
 */
final class SignatureTagging {

    private SignatureTagging() {
    }

    static void tag(PDDocument document, PDSignature signature, String description) throws IOException {
        PDSignatureField field = field(document, signature);
        field.setAlternateFieldName(description);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setPrinted(true);
        PDPage page = widget.getPage() != null ? widget.getPage() : document.getPage(0);

        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        PDStructureElement documentElement = (PDStructureElement) root.getKids().get(0);
        int key = root.getParentTreeNextKey();
        PDStructureElement form = new PDStructureElement(StandardStructureTypes.FORM, documentElement);
        form.setPage(page);
        form.setAlternateDescription(description);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        reference.setPage(page);
        form.appendKid(reference);
        documentElement.appendKid(form);
        widget.setStructParent(key);

        COSDictionary parentTree = root.getParentTree().getCOSObject();
        COSArray numbers = parentTree.getCOSArray(COSName.NUMS);
        numbers.add(COSInteger.get(key));
        numbers.add(form);
        root.setParentTreeNextKey(key + 1);

        for (COSBase changed : new COSBase[] {root.getCOSObject(), parentTree, documentElement.getCOSObject(),
                form.getCOSObject(), widget.getCOSObject(), field.getCOSObject(), page.getCOSObject()}) {
            ((COSDictionary) changed).setNeedToBeUpdated(true);
        }
    }

    private static PDSignatureField field(PDDocument document, PDSignature signature) {
        // Without the default fix-up, which would add unembedded Helvetica to the form's resources.
        for (PDField field : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            if (field instanceof PDSignatureField signatureField
                    && signatureField.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                return signatureField;
            }
        }
        throw new IllegalStateException("The signature just added has no field");
    }
}
