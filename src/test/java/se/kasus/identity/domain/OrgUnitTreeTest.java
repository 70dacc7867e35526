package se.kasus.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgUnitTreeTest {

    private final OrgUnit agency = new OrgUnit("Myndigheten", null, Instant.EPOCH);
    private final OrgUnit department = new OrgUnit("Avdelningen", agency.id(), Instant.EPOCH);
    private final OrgUnit unit = new OrgUnit("Enheten", department.id(), Instant.EPOCH);
    private final OrgUnitTree tree = new OrgUnitTree(List.of(unit, agency, department));

    @Test
    void pathsRunFromTheTopWhateverOrderTheUnitsCameIn() {
        assertThat(tree.pathOf(unit.id())).hasValueSatisfying(p -> assertThat(p.toString())
                .isEqualTo("Myndigheten › Avdelningen › Enheten"));
        assertThat(tree.find(OrgUnitPath.parse("myndigheten > avdelningen > enheten"))).contains(unit);
    }

    @Test
    void aUnitCannotGoUnderItselfOrItsOwnSubUnits() {
        assertThat(tree.wouldCycle(agency.id(), unit.id())).isTrue();
        assertThat(tree.wouldCycle(department.id(), department.id())).isTrue();
        assertThat(tree.wouldCycle(unit.id(), agency.id())).isFalse();
        assertThat(tree.wouldCycle(department.id(), null)).isFalse();
    }

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelow() {
        assertThat(tree.subtree(department.id())).containsExactlyInAnyOrder(department.id(), unit.id());
        assertThat(tree.height(agency.id())).isEqualTo(3);
        assertThat(tree.depth(unit.id())).isEqualTo(3);
    }
}
