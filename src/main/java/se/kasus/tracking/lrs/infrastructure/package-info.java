/** JPA repositories of the embedded LRS; the queries are portable JPQL (Derby and PostgreSQL). */
package se.kasus.tracking.lrs.infrastructure;
