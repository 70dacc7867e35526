package se.kasus.content.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import se.kasus.content.application.LoadedCourse;
import se.kasus.content.domain.CaseDefinition;
import se.kasus.content.domain.ContentProblem;
import se.kasus.content.domain.ContentRules;
import se.kasus.content.domain.Course;
import se.kasus.content.domain.CourseInfo;
import se.kasus.content.domain.GlossaryTerm;
import se.kasus.content.domain.Module;
import se.kasus.content.domain.PassRule;
import se.kasus.content.domain.Principle;
import se.kasus.content.domain.QuestionBank;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one course folder: every YAML file parsed, checked against its schema and mapped to the model. */
final class CourseFolderReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final String GLOSSARY = "glossary.yaml";

    private final ContentSchemas schemas;
    private final Path folder;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final MessageDigest digest;

    CourseFolderReader(ContentSchemas schemas, Path folder) {
        this.schemas = schemas;
        this.folder = folder;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    LoadedCourse read() {
        CourseInfo info = readFile("course.yaml", "course", CourseInfo.class);
        PrinciplesFile principles = readFile("principles.yaml", "principles", PrinciplesFile.class);
        List<ModuleFile> moduleFiles = readAll("modules", "module", ModuleFile.class, m -> m.id().toLowerCase(Locale.ROOT));
        List<CaseDefinition> cases = readAll("cases", "case", CaseDefinition.class, CaseDefinition::id);
        List<QuestionBank> banks = readAll("quizzes", "question-bank", QuestionBank.class, QuestionBank::id);
        GlossaryFile glossary = Files.isRegularFile(folder.resolve(GLOSSARY))
                ? readFile(GLOSSARY, "glossary", GlossaryFile.class) : null;
        String hash = HexFormat.of().formatHex(digest.digest());
        if (!problems.isEmpty() || info == null || principles == null) {
            return new LoadedCourse(folder.getFileName().toString(), null, hash, problems);
        }
        List<Module> modules = moduleFiles.stream().map(m -> m.resolve(info.completion(), problems)).toList();
        if (!problems.isEmpty()) {
            return new LoadedCourse(folder.getFileName().toString(), null, hash, problems);
        }
        Course course = new Course(info, principles.principles(), modules, cases, banks,
                glossary == null ? List.of() : glossary.terms());
        return new LoadedCourse(folder.getFileName().toString(), course, hash, problems);
    }

    private <T> List<T> readAll(String directory, String schema, Class<T> type, Function<T, String> idOf) {
        Path dir = folder.resolve(directory);
        if (!Files.isDirectory(dir)) {
            problems.add(new ContentProblem(directory + "/", "(folder)", "folder-exists", "the folder " + directory + " is missing"));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String relative = directory + "/" + file.getFileName();
                T item = readFile(relative, schema, type);
                if (item == null) {
                    continue;
                }
                String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                if (!expected.equals(idOf.apply(item))) {
                    problems.add(new ContentProblem(relative, "id", "id-matches-file-name",
                            "the id " + idOf.apply(item) + " does not match the file name " + file.getFileName()));
                }
                items.add(item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private <T> T readFile(String relative, String schema, Class<T> type) {
        Path file = folder.resolve(relative);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(relative, "(file)", "file-exists", "the file is missing"));
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(relative.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
            JsonNode document = YAML.readTree(bytes);
            if (document == null || document.isMissingNode() || document.isNull()) {
                problems.add(new ContentProblem(relative, "(root)", "yaml", "the file is empty"));
                return null;
            }
            List<ContentProblem> schemaProblems = schemas.check(schema, relative, document);
            if (!schemaProblems.isEmpty()) {
                problems.addAll(schemaProblems);
                return null;
            }
            return YAML.treeToValue(document, type);
        } catch (StreamReadException e) {
            problems.add(new ContentProblem(relative, location(e), "yaml", "the file is not valid YAML: " + e.getOriginalMessage()));
            return null;
        } catch (JacksonException e) {
            problems.add(new ContentProblem(relative, e.getPathReference(), "model", "the content does not fit the model: "
                    + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? "(root)" : "line " + e.getLocation().getLineNr();
    }

    /**
     * modules/mN.yaml as written: the pass percents are optional overrides of course.yaml's {@code completion}.
     * Resolved here, at import, so every stored version says exactly which rule its modules use.
     */
    record ModuleFile(String id, String title, String introduction, List<String> objectives, List<String> keyConcepts,
                      List<String> cases, String quiz, Integer quizPassPercent, Integer casePassPercent) {

        Module resolve(PassRule course, List<ContentProblem> problems) {
            Integer quizPercent = quizPassPercent != null ? quizPassPercent : course == null ? null : course.quizPercent();
            if (quizPercent == null) {
                problems.add(new ContentProblem(ContentRules.moduleFile(id), "quizPassPercent", "pass-rule-defined",
                        "the module has no quizPassPercent and course.yaml has no completion rule"));
                quizPercent = 0;
            }
            int casePercent = casePassPercent != null ? casePassPercent
                    : course == null ? PassRule.NO_CASE_RULE : course.casePercent();
            return new Module(id, title, introduction, objectives, keyConcepts, cases, quiz, quizPercent, casePercent);
        }
    }

    /** glossary.yaml (optional): the course's glossary under one key. */
    record GlossaryFile(List<GlossaryTerm> terms) {
    }

    /** principles.yaml: the taxonomy under one key. */
    record PrinciplesFile(List<Principle> principles) {
    }
}
