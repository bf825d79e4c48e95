package app.stoika.pos.security;

/** The first row of an audit chain that does not verify, and why. */
public record AuditBreak(String chain, long seq, String problem) {
}
