package se.kasus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.kasus.authoring.api.CourseHistoryResource;
import se.kasus.authoring.api.DraftPreviewResource;
import se.kasus.authoring.api.DraftResource;
import se.kasus.certification.api.AdminCertificatesResource;
import se.kasus.cmi5.api.CoursePackageResource;
import se.kasus.cmi5.api.LaunchExitResource;
import se.kasus.certification.api.MyCertificatesResource;
import se.kasus.certification.api.VerificationResource;
import se.kasus.certification.api.BadgeKeyResource;
import se.kasus.certification.api.IssuerProfileResource;
import se.kasus.certification.api.RevocationListResource;
import se.kasus.content.api.CatalogueResource;
import se.kasus.content.api.CourseExportResource;
import se.kasus.content.api.CourseImportResource;
import se.kasus.content.api.ReferenceReviewResource;
import se.kasus.identity.api.AdminAuditResource;
import se.kasus.identity.api.AdminOrgUnitResource;
import se.kasus.identity.api.AdminUserResource;
import se.kasus.identity.api.MeResource;
import se.kasus.learning.api.AttemptResource;
import se.kasus.learning.api.EnrollmentResource;
import se.kasus.learning.api.QuizAttemptResource;
import se.kasus.platform.backup.BackupResource;
import se.kasus.platform.problem.ProblemMappers;
import se.kasus.platform.security.PageRequestFilter;
import se.kasus.platform.site.SiteResource;
import se.kasus.tracking.api.ForwardingStatusResource;
import se.kasus.tracking.lrs.api.AdminLrsCredentialResource;

/**
 * The Kasus API under {@code /api}. Its classes are listed because the WAR holds a second JAX-RS
 * application (the LRS under {@code /xapi}) and each must serve only its own resources; the
 * composition root is the one place that knows every capability's resources.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Kasus API", version = "1",
                description = "Case-based human-rights training: catalogue, enrolments, the case player, quizzes and administration. "
                        + "Errors are RFC 9457 application/problem+json.",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class KasusApplication extends Application {

    private static final Set<Class<?>> RESOURCES = Set.of(
            CatalogueResource.class, CourseExportResource.class, CourseImportResource.class, ReferenceReviewResource.class,
            DraftResource.class, DraftPreviewResource.class, CourseHistoryResource.class,
            MeResource.class, AdminUserResource.class, AdminOrgUnitResource.class, AdminAuditResource.class,
            EnrollmentResource.class, AttemptResource.class, QuizAttemptResource.class,
            ForwardingStatusResource.class,
            MyCertificatesResource.class, VerificationResource.class, AdminCertificatesResource.class,
            IssuerProfileResource.class, RevocationListResource.class, BadgeKeyResource.class,
            AdminLrsCredentialResource.class,
            CoursePackageResource.class, LaunchExitResource.class,
            BackupResource.class,
            SiteResource.class,
            PageRequestFilter.class);

    @Override
    public Set<Class<?>> getClasses() {
        var classes = new java.util.HashSet<Class<?>>(RESOURCES);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
