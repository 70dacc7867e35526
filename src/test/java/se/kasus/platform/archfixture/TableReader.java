package se.kasus.platform.archfixture;

import jakarta.persistence.EntityManager;

/** Queries a capability's table: not allowed in the platform. */
public class TableReader {

    long accounts(EntityManager em) {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
