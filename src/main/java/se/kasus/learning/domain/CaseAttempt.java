package se.kasus.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.kasus.content.domain.CaseDefinition;

/**
 * One learner playing one case once: where they are, what they chose, and their private reflection. A finished
 * case may be played again as a new attempt with the next {@code attemptNumber}; the best one counts.
 */
@Entity
@Table(name = "case_attempt", uniqueConstraints = @UniqueConstraint(name = "uq_case_attempt_number",
        columnNames = {"enrollment_id", "case_id", "attempt_number"}))
public class CaseAttempt {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrollment_id")
    private Enrollment enrollment;

    @Column(name = "case_id", nullable = false, length = 20)
    private String caseId;

    @Column(name = "module_id", nullable = false, length = 10)
    private String moduleId;

    /** 1 for the first play of the case in the enrolment, 2 for the first replay, and so on. */
    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    /** The decision point the learner is at; null once the case is finished. */
    @Column(name = "current_step", length = 10)
    private String currentStep;

    /**
     * Read only when used: reading an enrolment reads all its attempts, and most of them are wanted for their score
     * alone (kept in {@link #score}).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_decision", joinColumns = @JoinColumn(name = "attempt_id"),
            uniqueConstraints = @UniqueConstraint(name = "uq_decision_step", columnNames = {"attempt_id", "step_id"}))
    @OrderColumn(name = "seq")
    private List<Decision> decisions = new ArrayList<>();

    /** The sum of the decisions' scores, kept with the attempt (changeset 0009). */
    @Column(nullable = false)
    private int score;

    @Lob
    private String reflection;

    @Column(name = "reflected_at")
    private Instant reflectedAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CaseAttempt() {
    }

    CaseAttempt(Enrollment enrollment, CaseDefinition definition, int attemptNumber, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.enrollment = enrollment;
        this.caseId = definition.id();
        this.moduleId = definition.module();
        this.attemptNumber = attemptNumber;
        this.currentStep = new CaseRules(definition).start();
        this.startedAt = now;
    }

    /**
     * Records the learner's choice at {@code stepId} by the {@link CaseRules}. Choosing again what was already chosen
     * changes nothing (a double click or a retried request); choosing differently is a conflict.
     */
    DecisionOutcome decide(CaseDefinition definition, String stepId, String optionId, Instant now) {
        CaseRules.Move move = new CaseRules(definition).choose(decisions, currentStep, stepId, optionId);
        if (move.repeat()) {
            return new DecisionOutcome(move.point(), move.option(), false);
        }
        decisions.add(new Decision(stepId, optionId, move.option().score(), now));
        score += move.option().score();
        currentStep = move.nextStep();
        if (move.endsCase()) {
            finishedAt = now;
        }
        return new DecisionOutcome(move.point(), move.option(), true);
    }

    void reflect(String text, Instant now) {
        this.reflection = text;
        this.reflectedAt = now;
    }

    public Optional<Decision> decision(String stepId) {
        return decisions.stream().filter(d -> d.stepId().equals(stepId)).findFirst();
    }

    public String id() {
        return id;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public String caseId() {
        return caseId;
    }

    public String moduleId() {
        return moduleId;
    }

    public Optional<String> currentStep() {
        return Optional.ofNullable(currentStep);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public Optional<String> reflection() {
        return Optional.ofNullable(reflection);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Instant lastActivity() {
        Instant last = startedAt;
        for (Decision d : decisions) {
            last = d.decidedAt().isAfter(last) ? d.decidedAt() : last;
        }
        return reflectedAt != null && reflectedAt.isAfter(last) ? reflectedAt : last;
    }

    public int score() {
        return score;
    }
}
