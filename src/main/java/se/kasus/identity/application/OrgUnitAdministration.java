package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kasus.identity.domain.OrgUnit;
import se.kasus.identity.domain.OrgUnitPath;
import se.kasus.identity.domain.OrgUnitRepository;
import se.kasus.identity.domain.OrgUnitTree;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;

/** The organisational tree: list, add a unit under a parent, rename or move one. Every change is audited. */
@ApplicationScoped
@Transactional
public class OrgUnitAdministration {

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every unit, flat, ordered by path. */
    public List<OrgUnitView> all() {
        OrgUnitTree tree = tree();
        return units.findAll().stream()
                .map(unit -> view(unit, tree))
                .sorted(Comparator.comparing((OrgUnitView v) -> v.path().toLowerCase(Locale.ROOT)).thenComparing(OrgUnitView::id))
                .toList();
    }

    public OrgUnitTree tree() {
        return new OrgUnitTree(units.findAll());
    }

    public OrgUnitView create(String name, String parentId) {
        OrgUnitTree tree = tree();
        if (parentId != null && tree.find(parentId).isEmpty()) {
            throw new RuleViolationException("unknown-parent", "Den överordnade enheten finns inte.");
        }
        if (parentId != null && tree.depth(parentId) >= OrgUnitPath.MAX_DEPTH) {
            throw new RuleViolationException("org-unit-too-deep",
                    "Organisationen får ha högst " + OrgUnitPath.MAX_DEPTH + " nivåer.");
        }
        String checked = checkedName(name);
        refuseSibling(tree, parentId, checked, null);
        OrgUnit unit = new OrgUnit(checked, parentId, clock.instant());
        units.add(unit);
        tree.add(unit);
        OrgUnitView view = view(unit, tree);
        audit.record("org-unit.created", view.path(), null);
        return view;
    }

    /** Renames the unit and places it under {@code parentId} (null: at the top). */
    public OrgUnitView update(String id, String name, String parentId) {
        OrgUnitTree tree = tree();
        OrgUnit unit = tree.find(id).orElseThrow(() -> new NotFoundException("organisationsenhet", id));
        String oldPath = tree.pathOf(id).map(OrgUnitPath::toString).orElse(unit.name());
        String checked = checkedName(name);
        String oldParent = unit.parentId().orElse(null);
        boolean moved = !java.util.Objects.equals(oldParent, parentId);
        if (moved) {
            if (parentId != null && tree.find(parentId).isEmpty()) {
                throw new RuleViolationException("unknown-parent", "Den överordnade enheten finns inte.");
            }
            if (tree.wouldCycle(id, parentId)) {
                throw new RuleViolationException("org-unit-cycle",
                        "En enhet kan inte placeras under sig själv eller under en av sina egna underenheter.");
            }
            int depth = (parentId == null ? 0 : tree.depth(parentId)) + tree.height(id);
            if (depth > OrgUnitPath.MAX_DEPTH) {
                throw new RuleViolationException("org-unit-too-deep",
                        "Organisationen får ha högst " + OrgUnitPath.MAX_DEPTH + " nivåer.");
            }
        }
        refuseSibling(tree, parentId, checked, id);
        if (!checked.equals(unit.name())) {
            unit.rename(checked);
        }
        if (moved) {
            unit.moveUnder(parentId);
        }
        OrgUnitView view = view(unit, tree());
        if (!oldPath.equals(view.path())) {
            audit.record(moved ? "org-unit.moved" : "org-unit.renamed", view.path(), oldPath + " → " + view.path());
        }
        return view;
    }

    /** The unit at this path, creating the missing levels (each one audited); used by the import. */
    public String ensure(OrgUnitPath path, OrgUnitTree tree) {
        Optional<OrgUnit> existing = tree.find(path);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        String parentId = path.parent() == null ? null : ensure(path.parent(), tree);
        OrgUnit unit = new OrgUnit(path.last(), parentId, clock.instant());
        units.add(unit);
        tree.add(unit);
        audit.record("org-unit.created", path.toString(), "vid import av konton");
        return unit.id();
    }

    static OrgUnitView view(OrgUnit unit, OrgUnitTree tree) {
        return new OrgUnitView(unit.id(), unit.name(), unit.parentId().orElse(null),
                tree.pathOf(unit.id()).map(OrgUnitPath::toString).orElse(unit.name()));
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("org-unit-name", "Ange ett namn på enheten.");
        }
        String stripped = name.strip().replaceAll("\\s+", " ");
        if (stripped.length() > OrgUnit.MAX_NAME_LENGTH) {
            throw new RuleViolationException("org-unit-name", "Namnet får ha högst " + OrgUnit.MAX_NAME_LENGTH + " tecken.");
        }
        if (stripped.contains(">") || stripped.contains("›")) {
            throw new RuleViolationException("org-unit-name", "Namnet får inte innehålla > eller ›, som skiljer nivåer åt.");
        }
        return stripped;
    }

    private static void refuseSibling(OrgUnitTree tree, String parentId, String name, String self) {
        boolean taken = tree.childrenOf(parentId).stream()
                .anyMatch(u -> !u.id().equals(self) && u.name().equalsIgnoreCase(name));
        if (taken) {
            throw new ConflictException("org-unit-exists", "Det finns redan en enhet som heter " + name + " på den platsen.");
        }
    }
}
