package se.kasus.tracking.application;

/** Activity IRIs under the configured public base: course, module, case, decision point, quiz, question, certificate. */
record ActivityIris(String base) {

    String course(String courseId) {
        return base + "kurser/" + courseId;
    }

    String module(String courseId, String moduleId) {
        return course(courseId) + "/moduler/" + moduleId;
    }

    String caseActivity(String courseId, String caseId) {
        return course(courseId) + "/fall/" + caseId;
    }

    String step(String courseId, String caseId, String stepId) {
        return caseActivity(courseId, caseId) + "/beslutspunkter/" + stepId;
    }

    String reflection(String courseId, String caseId) {
        return caseActivity(courseId, caseId) + "/reflektion";
    }

    String quiz(String courseId, String moduleId) {
        return module(courseId, moduleId) + "/kunskapstest";
    }

    /** The course's completion certificate, as an achievement everyone who completes the course earns. */
    String certificate(String courseId) {
        return course(courseId) + "/intyg";
    }

    String question(String courseId, String moduleId, String questionId) {
        return quiz(courseId, moduleId) + "/fragor/" + questionId;
    }
}
