package se.kasus.identity.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All organisational units at one moment, as a tree: paths, sub-trees, lookup by path, and the no-cycle rule. */
public final class OrgUnitTree {

    private final Map<String, OrgUnit> byId = new HashMap<>();
    private final Map<String, List<OrgUnit>> children = new HashMap<>();
    private final Map<String, OrgUnit> byPathKey = new HashMap<>();

    public OrgUnitTree(List<OrgUnit> units) {
        units.forEach(this::link);
        // Paths once every unit is known: a child may come before its parent in the list.
        units.forEach(this::index);
    }

    /** Adds a unit made after the tree was read, under a parent already in it (an import creates units as it goes). */
    public void add(OrgUnit unit) {
        link(unit);
        index(unit);
    }

    private void link(OrgUnit unit) {
        byId.put(unit.id(), unit);
        children.computeIfAbsent(unit.parentId().orElse(null), k -> new ArrayList<>()).add(unit);
    }

    private void index(OrgUnit unit) {
        pathOf(unit.id()).ifPresent(path -> byPathKey.putIfAbsent(path.key(), unit));
    }

    public Optional<OrgUnit> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<OrgUnit> find(OrgUnitPath path) {
        return Optional.ofNullable(byPathKey.get(path.key()));
    }

    /** The names from the top down to the unit; empty for an unknown unit or a broken chain. */
    public Optional<OrgUnitPath> pathOf(String id) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = id;
        while (current != null) {
            OrgUnit unit = byId.get(current);
            if (unit == null || !seen.add(current)) {
                return Optional.empty();
            }
            names.add(unit.name());
            current = unit.parentId().orElse(null);
        }
        Collections.reverse(names);
        return names.isEmpty() || names.size() > OrgUnitPath.MAX_DEPTH ? Optional.empty() : Optional.of(new OrgUnitPath(names));
    }

    public List<OrgUnit> childrenOf(String parentId) {
        return List.copyOf(children.getOrDefault(parentId, List.of()));
    }

    /** The unit and every unit below it. */
    public Set<String> subtree(String id) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(id));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (ids.add(next)) {
                children.getOrDefault(next, List.of()).forEach(child -> queue.add(child.id()));
            }
        }
        return ids;
    }

    /** Whether placing {@code unitId} under {@code newParentId} would make the unit its own ancestor. */
    public boolean wouldCycle(String unitId, String newParentId) {
        return newParentId != null && subtree(unitId).contains(newParentId);
    }

    /** Depth of the sub-tree below and including the unit (1 for a leaf). */
    public int height(String id) {
        int height = 1;
        for (OrgUnit child : children.getOrDefault(id, List.of())) {
            height = Math.max(height, 1 + height(child.id()));
        }
        return height;
    }

    public int depth(String id) {
        return pathOf(id).map(p -> p.names().size()).orElse(0);
    }
}
