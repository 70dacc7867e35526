package se.kasus.cmi5.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import se.kasus.cmi5.domain.Cmi5Ids;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.Module;
import se.kasus.content.infrastructure.ShippedCourses;

class CourseStructureWriterTest {

    private static final String BASE = "https://kasus.example.se/";
    private static final String NS = CourseStructureWriter.NAMESPACE;

    private final CourseStructureWriter writer = new CourseStructureWriter(new Cmi5Ids(URI.create("https://kasus.example.se")));

    private static Schema schema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(new StreamSource(CourseStructureWriter.class.getResource("/cmi5/CourseStructure.xsd")
                .toExternalForm()));
    }

    private static void validate(String xml) throws Exception {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String lang(Element parent, String name, String lang) {
        return children(children(parent, name).get(0), "langstring").stream()
                .filter(l -> lang.equals(l.getAttribute("lang"))).findFirst().orElseThrow().getTextContent();
    }

    @Test
    void everyShippedCourseGivesACourseStructureThatTheSchemaAccepts() throws Exception {
        List<Course> courses = ShippedCourses.all();
        assertThat(courses).isNotEmpty();
        for (Course course : courses) {
            validate(writer.write(course));
        }
    }

    @Test
    void oneBlockPerModuleWithOneAuPerCaseAndOneForTheQuiz() throws Exception {
        Course course = ShippedCourses.all().get(0);
        Element root = parse(writer.write(course)).getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("courseStructure");
        Element courseElement = children(root, "course").get(0);
        assertThat(courseElement.getAttribute("id")).isEqualTo(BASE + "cmi5/courses/" + course.id());
        assertThat(lang(courseElement, "title", "sv-SE")).isEqualTo(course.info().title());
        assertThat(lang(courseElement, "title", "en-US")).isEqualTo(course.info().title() + " (course in Swedish)");

        List<Element> blocks = children(root, "block");
        List<Module> modules = course.orderedModules();
        assertThat(blocks).hasSize(modules.size());
        int caseNumber = 0;
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            Element block = blocks.get(m);
            String blockId = BASE + "cmi5/courses/" + course.id() + "/modules/" + module.id();
            assertThat(block.getAttribute("id")).isEqualTo(blockId);
            assertThat(lang(block, "title", "en-US")).isEqualTo("Module " + (m + 1) + ": " + module.title());
            List<Element> aus = children(block, "au");
            assertThat(aus).hasSize(module.cases().size() + 1);
            for (int c = 0; c < module.cases().size(); c++) {
                caseNumber++;
                String caseId = module.cases().get(c);
                CaseDefinition definition = course.caseById(caseId).orElseThrow();
                Element au = aus.get(c);
                assertThat(au.getAttribute("id")).isEqualTo(blockId + "/cases/" + caseId);
                assertThat(au.getAttribute("moveOn")).isEqualTo("Completed");
                assertThat(au.hasAttribute("masteryScore")).isFalse();
                assertThat(au.getAttribute("launchMethod")).isEqualTo("AnyWindow");
                assertThat(children(au, "url").get(0).getTextContent())
                        .isEqualTo(BASE + "cmi5/launch/" + course.id() + "/" + module.id() + "/case/" + caseId);
                assertThat(lang(au, "title", "sv-SE")).isEqualTo("Fall " + caseNumber + ": " + definition.title());
                assertThat(lang(au, "title", "en-US")).isEqualTo("Case " + caseNumber + ": " + definition.title());
            }
            Element quiz = aus.get(aus.size() - 1);
            assertThat(quiz.getAttribute("id")).isEqualTo(blockId + "/quiz");
            assertThat(quiz.getAttribute("moveOn")).isEqualTo("Passed");
            assertThat(Double.parseDouble(quiz.getAttribute("masteryScore")))
                    .isEqualTo(module.passRule().quizPercent() / 100.0);
            assertThat(quiz.getAttribute("launchMethod")).isEqualTo("AnyWindow");
            assertThat(children(quiz, "url").get(0).getTextContent())
                    .isEqualTo(BASE + "cmi5/launch/" + course.id() + "/" + module.id() + "/quiz");
        }
        assertThat(caseNumber).isEqualTo(course.cases().size());
    }

    @Test
    void theIdsHoldNoVersionSoChangedTextsKeepEveryId() throws Exception {
        Course course = ShippedCourses.all().get(0);
        CaseDefinition first = course.cases().get(0);
        CaseDefinition retitled = new CaseDefinition(first.id(), first.module(), first.title() + " (reviderad)",
                first.estimatedMinutes() + 5, first.setting(), first.role(), first.principlesInFocus(), first.narrative(),
                first.start(), first.steps(), first.reflection(), first.legalReferences());
        List<CaseDefinition> cases = new ArrayList<>(course.cases());
        cases.set(0, retitled);
        Course nextVersion = new Course(course.info(), course.principles(), course.modules(), cases, course.questionBanks());

        String before = writer.write(course);
        String after = writer.write(nextVersion);

        assertThat(after).isNotEqualTo(before).contains(retitled.title());
        assertThat(ids(after)).isEqualTo(ids(before)).doesNotHaveDuplicates().hasSize(1 + course.modules().size()
                + course.cases().size() + course.modules().size());
        assertThat(writer.write(course)).isEqualTo(before);
    }

    private static List<String> ids(String xml) {
        return java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(xml).results().map(m -> m.group(1)).toList();
    }

    @Test
    void masteryScoreIsTheQuizPercentAsADecimal() {
        assertThat(CourseStructureWriter.masteryScore(80)).isEqualTo("0.8");
        assertThat(CourseStructureWriter.masteryScore(75)).isEqualTo("0.75");
        assertThat(CourseStructureWriter.masteryScore(100)).isEqualTo("1");
        assertThat(CourseStructureWriter.masteryScore(0)).isEqualTo("0");
        assertThatThrownBy(() -> CourseStructureWriter.masteryScore(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSchemaRejectsWhatTheSpecificationForbids() throws Exception {
        String good = writer.write(ShippedCourses.all().get(0));
        validate(good);
        String quizAttribute = "masteryScore=\"" + CourseStructureWriter.masteryScore(
                ShippedCourses.all().get(0).orderedModules().get(0).passRule().quizPercent()) + "\"";

        assertThatThrownBy(() -> validate(good.replaceFirst(quizAttribute, "masteryScore=\"1.5\"")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(good.replaceFirst("moveOn=\"Completed\"", "moveOn=\"Done\"")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(good.replaceFirst("launchMethod=\"AnyWindow\"", "launchMethod=\"Popup\"")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(good.replaceFirst("<url>[^<]*</url>", "")))
                .isInstanceOf(SAXException.class);
        String firstBlockId = good.replaceAll("(?s).*?<block id=\"([^\"]+)\".*", "$1");
        assertThatThrownBy(() -> validate(good.replaceFirst("<block id=\"[^\"]+\"(?s)(.*?)<block id=\"[^\"]+\"",
                "<block id=\"" + firstBlockId + "\"$1<block id=\"" + firstBlockId + "\"")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void idsAndUrlsFollowTheAgreedShape() {
        Cmi5Ids ids = new Cmi5Ids(URI.create("https://kasus.example.se/app"));
        assertThat(ids.course("c")).isEqualTo("https://kasus.example.se/app/cmi5/courses/c");
        assertThat(ids.caseAu("c", "m1", "case-01")).isEqualTo("https://kasus.example.se/app/cmi5/courses/c/modules/m1/cases/case-01");
        assertThat(ids.quizAu("c", "m1")).isEqualTo("https://kasus.example.se/app/cmi5/courses/c/modules/m1/quiz");
        assertThat(ids.caseLaunch("c", "m1", "case-01")).isEqualTo("https://kasus.example.se/app/cmi5/launch/c/m1/case/case-01");
        assertThat(ids.quizLaunch("c", "m1")).isEqualTo("https://kasus.example.se/app/cmi5/launch/c/m1/quiz");
        assertThatThrownBy(() -> new Cmi5Ids(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
    }
}
