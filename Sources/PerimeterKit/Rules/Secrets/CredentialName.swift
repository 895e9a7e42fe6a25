/// Whether a name (environment variable, property key, parameter) says it holds a credential.
///
/// Names are split into lower-cased words (`DB_PASSWORD`, `dbPassword`, `db-password` → `db`,
/// `password`). Only the last word(s) count: `JWT_SECRET` and `STRIPE_API_KEY` hold a secret, while
/// `SECRET_ARN`, `TOKEN_TABLE` and `PASSWORD_MIN_LENGTH` name something about one.
enum CredentialName {
    /// Last words that make a name a credential on their own.
    static let credentialWords: Set<String> = [
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "credential", "credentials",
        "privatekey", "secretkey", "accesskey", "clientsecret", "authtoken",
    ]
    /// Last two words that do.
    static let credentialPairs: Set<[String]> = [
        ["api", "key"], ["private", "key"], ["secret", "key"], ["access", "key"], ["signing", "key"],
        ["client", "secret"], ["secret", "string"], ["auth", "key"], ["master", "key"], ["encryption", "key"],
    ]
    /// Words that hint at key material when the value also looks random (used with entropy).
    static let hintWords: Set<String> = [
        "key", "auth", "credential", "credentials", "secret", "token", "password", "pwd", "pass", "signature", "salt",
        "hmac", "cert", "private", "apikey",
    ]
    /// Last words that name something about a secret rather than the secret itself.
    static let qualifierWords: Set<String> = [
        "arn", "id", "name", "table", "path", "param", "parameter", "url", "uri", "endpoint", "region", "ttl", "length",
        "header", "field", "bucket", "queue", "topic", "prefix", "type", "policy", "template", "version", "enabled",
        "required", "seconds", "minutes", "hours", "days", "expiry", "expiration", "validity", "location", "file", "index",
        "alias", "format", "algorithm", "source", "ssm", "count", "stage", "mode", "units", "size",
    ]

    /// Lower-cased words of a name: splits on `_ - . /` and space, and between a lower-case letter or
    /// digit and a following capital (`apiKey` → `api`, `key`; `DBPassword` → `db`, `password`).
    static let separators: Set<Character> = ["_", "-", ".", "/", ":", " ", "{", "}", "$", "~", "(", ")", "\"", "'"]

    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if separators.contains(character) {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, !current.isEmpty {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // `apiKey`, `DBPassword` (the `P` starts a word because `a` follows it).
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    /// True when the name ends in a credential word (`DB_PASSWORD`, `apiKey`, `SLACK_TOKEN`).
    static func isCredential(_ name: String) -> Bool {
        isCredential(words: words(name))
    }

    static func isCredential(words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if credentialWords.contains(last) { return true }
        if words.count >= 2, credentialPairs.contains(Array(words.suffix(2))) { return true }
        return false
    }

    /// True when the name mentions key material anywhere and does not end in a qualifier
    /// (`ENCRYPTION_KEY`, `HMAC_KEY_VALUE`; not `KEY_ID` or `S3_KEY_PREFIX`).
    static func suggestsCredential(_ name: String) -> Bool {
        suggestsCredential(words: words(name))
    }

    static func suggestsCredential(words: [String]) -> Bool {
        if isCredential(words: words) { return true }
        guard let last = words.last, !qualifierWords.contains(last) else { return false }
        return words.contains { hintWords.contains($0) }
    }
}
