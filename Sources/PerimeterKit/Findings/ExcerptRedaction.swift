import Foundation

/// Keeps secrets out of the source lines that reports quote. A finding's excerpt is the raw line it
/// lands on, so a rule that reports a secret (or any rule that happens to land on a line holding one)
/// would otherwise print it in full.
enum ExcerptRedaction {
    /// The excerpt with any secret it shows cut to its first characters. For findings of the secrets
    /// practice the value part of the line is always cut, whatever the detectors say of it.
    static func redact(_ line: String, alwaysRedactValue: Bool) -> String {
        var line = line
        if let match = SecretDetector.knownFormat(in: line) {
            line = line.replacingOccurrences(of: match.secret, with: match.redacted)
        }
        guard let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { return line }
        let name = line[..<separator].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "-\"'")))
        let rawValue = line[line.index(after: separator)...]
        let value = rawValue.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"',")))
        guard !value.isEmpty, !value.hasSuffix("…") else { return line }
        let isSecret = alwaysRedactValue || SecretDetector.match(name: name, value: value) != nil
        guard isSecret, !SecretDetector.isReferential(value) || alwaysRedactValue && !value.hasPrefix("${") else { return line }
        return String(line[...separator]) + rawValue.replacingOccurrences(of: value, with: SecretRedaction.redact(value))
    }
}
