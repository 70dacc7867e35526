package se.kasus.identity.application;

/** An organisational unit as the API shows it: flat, with its parent and its whole path from the top. */
public record OrgUnitView(String id, String name, String parentId, String path) {
}
