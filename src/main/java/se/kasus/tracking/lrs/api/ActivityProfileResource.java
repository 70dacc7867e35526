package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.Path;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;

/** The Activity Profile Resource (xAPI 1.0.3 Communication 2.7): documents per activity and profileId. */
@Path("activities/profile")
public class ActivityProfileResource extends ProfileResource {

    public ActivityProfileResource() {
        super("activityId");
    }

    @Override
    DocumentAddress address(Params p, String profileId) {
        String activityId = p.iri("activityId").orElseThrow(() -> Params.invalid("The parameter activityId is required."));
        return new DocumentAddress(DocumentKind.ACTIVITY_PROFILE, activityId, null, null, profileId);
    }

    @Override
    String label() {
        return "activity profile";
    }
}
