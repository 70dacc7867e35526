package se.kasus.cmi5.domain;

/**
 * How far one launch session has come: started (initialized sent), completed, passed or failed (the cmi5 defined
 * statement of the AU's moveOn sent), terminated (the last statement sent; nothing more goes to the LMS).
 */
public enum LaunchState {
    STARTED, COMPLETED, PASSED, FAILED, TERMINATED
}
