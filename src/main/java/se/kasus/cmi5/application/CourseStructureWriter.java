package se.kasus.cmi5.application;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.kasus.cmi5.domain.Cmi5Ids;
import se.kasus.cmi5.domain.MoveOn;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;

/**
 * Writes a course as a cmi5 course structure (cmi5 section 13): one block per module in course order, in it one
 * AU per case (moveOn Completed) and one for the module's quiz (moveOn Passed, masteryScore = the module's quiz
 * pass percent / 100), every AU with launchMethod AnyWindow and an absolute launch URL.
 *
 * <p>Titles and descriptions are in Swedish (sv-SE) and English (en-US). The content format has no English
 * texts yet, so the English ones are made from the Swedish title with a clear English frame ("Case 3: …",
 * "Module 2 quiz: …") and say that the content is in Swedish.
 */
public final class CourseStructureWriter {

    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final String SV = "sv-SE";
    private static final String EN = "en-US";

    private final Cmi5Ids ids;

    public CourseStructureWriter(Cmi5Ids ids) {
        this.ids = ids;
    }

    public String write(Course course) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "courseStructure");
            xml.writeDefaultNamespace(NAMESPACE);
            writeCourse(xml, course);
            List<Module> modules = course.orderedModules();
            int caseNumber = 0;
            for (int m = 0; m < modules.size(); m++) {
                Module module = modules.get(m);
                int moduleNumber = m + 1;
                xml.writeStartElement(NAMESPACE, "block");
                xml.writeAttribute("id", ids.block(course.id(), module.id()));
                text(xml, "title", module.title(), "Module " + moduleNumber + ": " + module.title());
                text(xml, "description", firstSentences(module.introduction(), module.title()),
                        "Module " + moduleNumber + " of the course \"" + course.info().title()
                                + "\": decision cases and a quiz. The content is in Swedish.");
                for (String caseId : module.cases()) {
                    Optional<CaseDefinition> found = course.caseById(caseId);
                    if (found.isEmpty()) {
                        continue;
                    }
                    caseNumber++;
                    writeCaseAu(xml, course, module, found.get(), caseNumber);
                }
                if (module.quiz() != null && !module.quiz().isBlank()) {
                    writeQuizAu(xml, course, module, moduleNumber);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the cmi5 course structure", e);
        }
    }

    private void writeCourse(XMLStreamWriter xml, Course course) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "course");
        xml.writeAttribute("id", ids.course(course.id()));
        String title = course.info().title();
        text(xml, "title", title, title + " (course in Swedish)");
        text(xml, "description", firstSentences(course.info().summary(), title),
                "Case-based training in Swedish: \"" + title + "\". " + course.orderedModules().size()
                        + " modules, each with decision cases and a quiz.");
        xml.writeEndElement();
    }

    private void writeCaseAu(XMLStreamWriter xml, Course course, Module module, CaseDefinition definition, int number)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "au");
        xml.writeAttribute("id", ids.caseAu(course.id(), module.id(), definition.id()));
        xml.writeAttribute("moveOn", MoveOn.COMPLETED.specValue());
        xml.writeAttribute("launchMethod", "AnyWindow");
        text(xml, "title", "Fall " + number + ": " + definition.title(), "Case " + number + ": " + definition.title());
        String minutes = definition.estimatedMinutes() > 0 ? " Cirka " + definition.estimatedMinutes() + " minuter." : "";
        String minutesEn = definition.estimatedMinutes() > 0 ? " About " + definition.estimatedMinutes() + " minutes." : "";
        text(xml, "description", firstSentences(definition.setting(), definition.title()) + minutes,
                "A decision case in Swedish: the learner makes the choices of the role in the case and sees their"
                        + " consequences." + minutesEn);
        element(xml, "url", ids.caseLaunch(course.id(), module.id(), definition.id()));
        xml.writeEndElement();
    }

    private void writeQuizAu(XMLStreamWriter xml, Course course, Module module, int moduleNumber)
            throws XMLStreamException {
        int percent = module.passRule().quizPercent();
        xml.writeStartElement(NAMESPACE, "au");
        xml.writeAttribute("id", ids.quizAu(course.id(), module.id()));
        xml.writeAttribute("moveOn", MoveOn.PASSED.specValue());
        xml.writeAttribute("masteryScore", masteryScore(percent));
        xml.writeAttribute("launchMethod", "AnyWindow");
        text(xml, "title", "Kunskapstest: " + module.title(), "Module " + moduleNumber + " quiz: " + module.title());
        text(xml, "description", "Kunskapstest för modulen. Godkänt från " + percent + " % rätt.",
                "Quiz in Swedish for module " + moduleNumber + ". Passed from " + percent + " % correct answers.");
        element(xml, "url", ids.quizLaunch(course.id(), module.id()));
        xml.writeEndElement();
    }

    /** The pass percent as a cmi5 masteryScore: a decimal 0..1, at most four decimals. */
    static String masteryScore(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A pass percent is between 0 and 100: " + percent);
        }
        return BigDecimal.valueOf(percent, 2).stripTrailingZeros().toPlainString();
    }

    private static String firstSentences(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 397) + "...";
    }

    private static void text(XMLStreamWriter xml, String name, String swedish, String english)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        langstring(xml, SV, swedish);
        langstring(xml, EN, english);
        xml.writeEndElement();
    }

    private static void langstring(XMLStreamWriter xml, String lang, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "langstring");
        xml.writeAttribute("lang", lang);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
