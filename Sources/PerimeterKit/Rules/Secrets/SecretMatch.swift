/// A string that looks like a secret: what kind, and the part that is the secret (for redaction).
struct SecretMatch: Sendable, Hashable {
    /// Reads after "holds": e.g. `an AWS access key id`, `a hard-coded password`.
    var kind: String
    var secret: String

    /// The secret as messages may show it.
    var redacted: String { SecretRedaction.redact(secret) }
}
