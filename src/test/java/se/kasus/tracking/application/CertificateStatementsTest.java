package se.kasus.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kasus.certification.domain.CertificateIssued;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.validation.XapiValidator;

class CertificateStatementsTest {

    private static final String BASE = "https://kurs.example.se/";
    private static final CertificateIssued ISSUED = new CertificateIssued("c0ffee00-0000-4000-8000-000000000001",
            "asa", "enrol-1", "5b3f7a2e-1c4d-4e8f-9a0b-2c3d4e5f6a7b", "mr-offentlig-verksamhet", 7L,
            "Mänskliga rättigheter i offentlig verksamhet", BASE + "verifiera.html?kod=7K4Q-M2XW-9PRT-HC3N",
            Instant.parse("2026-12-04T09:00:00Z"));

    private final Statement statement = new CertificateStatements(BASE)
            .earned(ISSUED, Agent.withAccount(null, BASE, "account-1"), 3);

    @Test
    void anIssuedCertificateIsAValidStatementThatTheLearnerEarnedTheCoursesCertificate() {
        assertThat(new XapiValidator().validate(statement)).as(XapiJson.write(statement)).isEmpty();
        assertThat(statement.verb().id()).isEqualTo("http://id.tincanapi.com/verb/earned");
        Activity object = (Activity) statement.object();
        assertThat(object.id()).isEqualTo(BASE + "kurser/mr-offentlig-verksamhet/intyg");
        assertThat(object.definition().type()).isEqualTo("https://w3id.org/xapi/tla/activity-types/credential");
        assertThat(Instant.parse(statement.timestamp())).isEqualTo(ISSUED.at());
    }

    @Test
    void itBelongsToTheEnrolmentsRegistrationWithTheCourseAsParentAndNamesTheCertificate() {
        assertThat(statement.context().registration()).isEqualTo(ISSUED.registration());
        assertThat(statement.context().contextActivities().parent()).extracting(Activity::id)
                .containsExactly(BASE + "kurser/mr-offentlig-verksamhet");
        assertThat(statement.context().extensions().get(BASE + "xapi/extensions/certificate-id"))
                .isEqualTo(ISSUED.certificateId());
        assertThat(statement.context().extensions().get(BASE + "xapi/extensions/certificate-verification"))
                .isEqualTo(ISSUED.verificationUrl());
        assertThat(statement.context().extensions().get(BASE + "xapi/extensions/course-version")).isEqualTo(3L);
        assertThat(XapiJson.write(statement)).doesNotContain("asa\"");
    }
}
