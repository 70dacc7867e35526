package se.kasus.archfixture.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Runs queries and handles persistence failures itself: not allowed in a domain. */
public class QueryingAggregate {

    boolean exists(EntityManager em) {
        try {
            return em.find(MappedEntity.class, 1L) != null;
        } catch (PersistenceException e) {
            return false;
        }
    }
}
