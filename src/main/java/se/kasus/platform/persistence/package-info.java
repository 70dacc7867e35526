/** JPA conventions shared by every capability's entities. Depends on nothing else in Kasus. */
package se.kasus.platform.persistence;
