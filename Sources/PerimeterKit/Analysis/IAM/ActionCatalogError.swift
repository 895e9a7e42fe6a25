/// Why the IAM action catalogue could not be read.
public enum ActionCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resource is not where SwiftPM put it (the `Perimeter_PerimeterKit.resources` bundle beside the executable).
    case resourceMissing(searched: [String])
    /// A line of the catalogue does not follow its format.
    case malformed(line: Int, reason: String)

    public var description: String {
        switch self {
        case .resourceMissing(let searched):
            "The IAM action catalogue iam-catalog.tsv was not found (looked in \(searched.joined(separator: ", "))); "
                + "keep the Perimeter_PerimeterKit.resources folder beside the perimeter executable."
        case .malformed(let line, let reason):
            "iam-catalog.tsv:\(line): \(reason); regenerate it with scripts/update-iam-catalog."
        }
    }
}
