package se.kasus.platform.problem;

import java.util.Set;

/** Every exception mapper of the API, for the JAX-RS applications to register. */
public final class ProblemMappers {

    public static final Set<Class<?>> ALL = Set.of(
            NotFoundExceptionMapper.class, ConflictExceptionMapper.class, RuleViolationExceptionMapper.class,
            RejectedWithReportExceptionMapper.class,
            InvalidInputExceptionMapper.class, PreconditionFailedExceptionMapper.class,
            ConstraintViolationExceptionMapper.class, WebApplicationExceptionMapper.class,
            UnreadableBodyExceptionMapper.class, ProcessingExceptionMapper.class, OptimisticLockExceptionMapper.class,
            UnexpectedExceptionMapper.class, BodyTooLarge.class, TooManyAttemptsExceptionMapper.class,
            PreconditionRequiredExceptionMapper.class, StaleStateExceptionMapper.class);

    private ProblemMappers() {
    }
}
