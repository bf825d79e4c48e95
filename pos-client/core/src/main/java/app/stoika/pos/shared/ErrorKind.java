package app.stoika.pos.shared;

/** What sort of refusal a {@link DomainException} is; the UI picks its wording from the message key. */
public enum ErrorKind {
    /** The input is wrong: fix it and try again. */
    INVALID,
    /** Something referred to does not exist (or no longer does). */
    NOT_FOUND,
    /** The request conflicts with the current state (stock ran out, order already cancelled). */
    CONFLICT,
    /** The database refused for lack of permission. */
    FORBIDDEN,
    /** The database could not be reached or failed; retrying later may work. */
    UNAVAILABLE
}
