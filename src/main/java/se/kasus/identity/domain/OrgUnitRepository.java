package se.kasus.identity.domain;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository {

    void add(OrgUnit unit);

    Optional<OrgUnit> findById(String id);

    List<OrgUnit> findAll();
}
