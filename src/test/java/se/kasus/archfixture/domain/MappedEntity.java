package se.kasus.archfixture.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Mapped with annotations only: allowed in a domain. */
@Entity
@Table(name = "mapped")
public class MappedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Version
    long version;

    @Enumerated(EnumType.STRING)
    Colour colour;

    @ManyToOne(fetch = FetchType.LAZY)
    MappedEntity parent;

    enum Colour { RED }
}
