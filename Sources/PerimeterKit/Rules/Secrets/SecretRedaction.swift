/// Shows enough of a secret to find it, never all of it: every message that mentions a secret's
/// value goes through here.
enum SecretRedaction {
    /// The number of leading characters a message may show.
    static let visiblePrefix = 4

    /// The first four characters then `…`; for values of eight characters or fewer, at most half of
    /// them, so a short password is never shown whole.
    static func redact(_ secret: String) -> String {
        let shown = min(visiblePrefix, secret.count / 2)
        return String(secret.prefix(shown)) + "…"
    }
}
