import Foundation

/// Findings accepted as known: `perimeter baseline` records their fingerprints and `--baseline FILE`
/// hides them, so a team can adopt Perimeter and fail only on new problems. Fingerprints leave out line
/// numbers, so editing a template around a known finding does not bring it back.
public struct Baseline: Sendable, Hashable, Codable {
    public static let currentVersion = 1
    public static let defaultFileName = ".perimeter-baseline.json"

    public let version: Int
    /// Sorted and unique, so the file diffs cleanly when it is regenerated.
    public let fingerprints: [String]
    /// The same fingerprints for lookup.
    private let known: Set<String>

    private enum CodingKeys: String, CodingKey {
        case version, fingerprints
    }

    public init(findings: [Finding]) {
        version = Self.currentVersion
        known = Set(findings.map(\.fingerprint))
        fingerprints = known.sorted()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        fingerprints = try container.decode([String].self, forKey: .fingerprints)
        known = Set(fingerprints)
    }

    public func contains(_ finding: Finding) -> Bool {
        known.contains(finding.fingerprint)
    }

    /// The file's bytes: sorted keys, pretty-printed, newline-terminated.
    public func encoded() -> Data {
        Data(ReportEncoder.encode(self).utf8)
    }

    public static func load(path: String) throws(InputError) -> Baseline {
        let start = SourceLocation(file: path, line: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot read the baseline; create it with `perimeter baseline --output \(path)`", at: start)
        }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw InputError("not a Perimeter baseline (expected {\"version\", \"fingerprints\"}); regenerate it with `perimeter baseline`", at: start)
        }
        guard baseline.version == currentVersion else {
            throw InputError("baseline version \(baseline.version) is not supported; regenerate it with `perimeter baseline`", at: start)
        }
        return baseline
    }
}
