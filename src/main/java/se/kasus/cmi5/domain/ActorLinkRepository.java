package se.kasus.cmi5.domain;

import java.util.Optional;

public interface ActorLinkRepository {

    Optional<ActorLink> findByKey(String actorKey);

    void add(ActorLink link);
}
