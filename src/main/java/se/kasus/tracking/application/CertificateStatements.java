package se.kasus.tracking.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kasus.certification.domain.CertificateIssued;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.LanguageMap;
import se.kasus.xapi.model.Statement;

/**
 * The statement of an issued certificate: the learner <em>earned</em> the course's certificate, in the
 * enrolment's registration, with the course as parent. The object is the achievement (the same for everyone
 * who completes the course, typed as a TLA credential); which certificate, and where it is verified, are
 * context extensions. Pure, so its shape is unit-tested.
 */
final class CertificateStatements {

    static final String CREDENTIAL_TYPE = "https://w3id.org/xapi/tla/activity-types/credential";

    private final ActivityIris iris;
    private final String versionExtension;
    private final String certificateExtension;
    private final String verificationExtension;

    CertificateStatements(String baseIri) {
        this.iris = new ActivityIris(baseIri);
        this.versionExtension = baseIri + "xapi/extensions/course-version";
        this.certificateExtension = baseIri + "xapi/extensions/certificate-id";
        this.verificationExtension = baseIri + "xapi/extensions/certificate-verification";
    }

    Statement earned(CertificateIssued event, Actor actor, long courseVersion) {
        Activity certificate = new Activity(iris.certificate(event.courseId()), ActivityDefinition.builder()
                .name(LanguageMap.of(StatementFactory.LANGUAGE, "Intyg: " + event.courseTitle(),
                        "en-US", "Certificate of course " + event.courseId()))
                .type(CREDENTIAL_TYPE)
                .build());
        Activity course = new Activity(iris.course(event.courseId()), ActivityDefinition.builder()
                .name(LanguageMap.of(StatementFactory.LANGUAGE, event.courseTitle(), "en-US", "Course " + event.courseId()))
                .type("http://adlnet.gov/expapi/activities/course")
                .build());
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(versionExtension, courseVersion);
        extensions.put(certificateExtension, event.certificateId());
        extensions.put(verificationExtension, event.verificationUrl());
        return Statement.builder()
                .actor(actor)
                .verb(Verbs.EARNED)
                .object(certificate)
                .timestamp(event.at())
                .context(Context.builder()
                        .registration(event.registration())
                        .contextActivities(new ContextActivities(List.of(course), null, null, null))
                        .platform(StatementFactory.PLATFORM)
                        .language(StatementFactory.LANGUAGE)
                        .extensions(new Extensions(extensions))
                        .build())
                .build();
    }
}
