import Foundation

/// The secret detectors every secrets rule shares: known token formats anywhere in a string, and
/// checks that need the name the value is stored under (a literal password, random key material).
enum SecretDetector {
    /// Well-known example credentials from AWS documentation; templates quote them as placeholders.
    static let documentationExamples: Set<String> = [
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ]

    /// The first secret a value shows, judged with the name it is stored under (nil: none, or the
    /// value only points at a secret: an ARN, a dynamic reference, an unresolved variable).
    static func match(name: String?, value: String) -> SecretMatch? {
        guard !isReferential(value) else { return nil }
        if let known = knownFormat(in: value) { return known }
        guard let name else { return nil }
        // The name's words are read once: this runs on every scalar of every template.
        let words = CredentialName.words(name)
        if let awsSecret = awsSecretAccessKey(words: words, value: value) { return awsSecret }
        if CredentialName.isCredential(words: words), isPlausibleLiteral(value) {
            let noun = words.suffix(2).joined(separator: " ")
            return SecretMatch(kind: "a hard-coded \(noun)", secret: value)
        }
        if CredentialName.suggestsCredential(words: words), isHighEntropy(value) {
            return SecretMatch(kind: "a high-entropy value", secret: value)
        }
        return nil
    }

    /// True when a value stored under a name with these words could be judged a secret by its name
    /// (the name-based checks of `match`); when false, only a known token format makes it one.
    static func nameMayHoldSecret(_ words: [String]) -> Bool {
        words.contains("aws") || words.contains("secret") || words.contains("access") || CredentialName.suggestsCredential(words: words)
    }

    /// Values that name or point at a secret rather than hold one.
    static func isReferential(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed.hasPrefix("arn:") || trimmed.containsBytes("{{resolve:") || trimmed.containsBytes("${")
    }

    // MARK: Known formats

    /// Token formats with a cheap marker substring. Built once: a regex literal is parsed each time it is
    /// evaluated, which made this the hot spot of a whole scan. Regex is not Sendable, but these are never mutated.
    nonisolated(unsafe) static let tokenFormats: [(marker: String, kind: String, pattern: Regex<Substring>)] = [
        ("gh", "a GitHub token", /gh[pousr]_[A-Za-z0-9]{36,}/),
        ("github_pat_", "a GitHub token", /github_pat_[A-Za-z0-9_]{22,}/),
        ("xox", "a Slack token", /xox[baprs]-[A-Za-z0-9-]{10,}/),
        ("_live_", "a Stripe live key", /[sr]k_live_[A-Za-z0-9]{16,}/),
        ("AIza", "a Google API key", /AIza[0-9A-Za-z_\-]{35}/),
        ("eyJ", "a JSON Web Token", /eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*/),
        ("Bearer ", "a bearer token", /Bearer [A-Za-z0-9._~+\/\-]{20,}=*/),
    ]

    /// Token formats recognisable on their own, anywhere in the text.
    static func knownFormat(in text: String) -> SecretMatch? {
        // Cheap byte checks first: most scalars contain no marker and never reach a regex.
        guard mayHoldKnownFormat(text) else { return nil }
        if text.containsBytes("AKIA") || text.containsBytes("ASIA"), let key = accessKeyID(in: text) {
            return SecretMatch(kind: "an AWS access key id", secret: key)
        }
        if text.containsBytes("-----BEGIN"), let block = text.firstMatch(of: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/) {
            return SecretMatch(kind: "a private key", secret: String(text[block.range.lowerBound...]))
        }
        for format in tokenFormats where text.contains(format.marker) {
            if let found = text.firstMatch(of: format.pattern) {
                return SecretMatch(kind: format.kind, secret: String(found.output))
            }
        }
        return nil
    }

    /// True when the text has a byte pair that starts one of the known formats' markers (`AK`, `AS`,
    /// `--`, `gh`, `xo`, `_l`, `AI`, `eJ` after `y`, `Be`); a single pass over the UTF-8 bytes, because
    /// this runs on every scalar of every template.
    static func mayHoldKnownFormat(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch (previous, byte) {
            case (0x41, 0x4B), (0x41, 0x53), (0x2D, 0x2D), (0x67, 0x68), (0x78, 0x6F), (0x5F, 0x6C), (0x41, 0x49), (0x79, 0x4A), (0x42, 0x65):
                return true
            default:
                previous = byte
            }
        }
        return false
    }

    /// `AKIA`/`ASIA` and 16 upper-case letters or digits, not part of a longer such run.
    static func accessKeyID(in text: String) -> String? {
        for found in text.matches(of: /(AKIA|ASIA)[A-Z0-9]{16}/) {
            let before = found.range.lowerBound == text.startIndex ? nil : text[text.index(before: found.range.lowerBound)]
            let after = found.range.upperBound == text.endIndex ? nil : text[found.range.upperBound]
            let isBoundary = { (character: Character?) in character.map { !($0.isUppercase || $0.isNumber) } ?? true }
            let key = String(found.output.0)
            if isBoundary(before), isBoundary(after), !documentationExamples.contains(key) { return key }
        }
        return nil
    }

    /// 40 characters of base64 stored under an AWS-ish credential name (`AWS_SECRET_ACCESS_KEY`).
    static func awsSecretAccessKey(name: String, value: String) -> SecretMatch? {
        awsSecretAccessKey(words: CredentialName.words(name), value: value)
    }

    static func awsSecretAccessKey(words: [String], value: String) -> SecretMatch? {
        guard value.utf8.count == 40 else { return nil }
        guard words.contains("aws") || words.contains("secret") || words.contains("access") else { return nil }
        guard value.count == 40, !documentationExamples.contains(value),
            value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/+=".contains($0)) }),
            value.contains(where: \.isUppercase), value.contains(where: \.isLowercase), value.contains(where: \.isNumber)
        else { return nil }
        return SecretMatch(kind: "an AWS secret access key", secret: value)
    }

    // MARK: Name-based

    /// A literal that could be a password: not a flag, a count, a parameter path or a plain URL.
    static func isPlausibleLiteral(_ value: String) -> Bool {
        let trimmed = value.trimmingBlanks
        if ["true", "false", "yes", "no", "on", "off", "null", "none"].contains(trimmed.lowercased()) { return false }
        if Int(trimmed) != nil { return false }
        // `/prod/db/password` names an SSM parameter, `~/.gcloud/key.json` a file: not the secret itself.
        if ["/", "~/", "./", "../"].contains(where: trimmed.hasPrefix), !trimmed.contains(" ") { return false }
        // Step Functions JSONPath (`$$.Task.Token`) and units (`TokenValidityUnits.AccessToken: hours`).
        if trimmed.hasPrefix("$.") || trimmed.hasPrefix("$$.") { return false }
        if ["seconds", "minutes", "hours", "days"].contains(trimmed.lowercased()) { return false }
        // A URL without user:password@ is an endpoint.
        if let scheme = trimmed.range(of: "://"), !trimmed[scheme.upperBound...].contains("@") { return false }
        return true
    }

    /// Random-looking key material: at least 20 characters of one alphabet, mixing letters and digits,
    /// with entropy of at least 4.0 bits per character for base64, or 3.0 for hex (hex has only 16
    /// symbols, so 4.0 bits is its ceiling and a real hex key rarely gets near it).
    static func isHighEntropy(_ value: String) -> Bool {
        guard value.count >= 20, value.contains(where: \.isNumber), value.contains(where: \.isLetter) else { return false }
        let entropy = ShannonEntropy.bitsPerCharacter(value)
        if value.allSatisfy(\.isHexDigit) { return entropy >= 3.0 }
        let isBase64 = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=_-".contains($0)) }
        return isBase64 && entropy >= 4.0
    }
}
