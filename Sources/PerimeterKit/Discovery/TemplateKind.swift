/// What a discovered file is, decided by its content.
public enum TemplateKind: String, Sendable, Hashable {
    case serverlessFramework
    case sam
    case cloudFormation

    /// Classifies a parsed document; nil when it is not a template Perimeter reads.
    public static func classify(_ document: Value, fileName: String) -> TemplateKind? {
        guard document.isMapping else { return nil }
        if let transform = document["Transform"] {
            let names = transform.listOrSingle.compactMap(\.string)
            if names.contains(where: { $0.hasPrefix("AWS::Serverless") }) { return .sam }
        }
        if document["AWSTemplateFormatVersion"] != nil { return .cloudFormation }
        if let resources = document["Resources"], resources.entries.contains(where: { $0.value["Type"]?.string?.hasPrefix("AWS::") == true }) {
            return .cloudFormation
        }
        if document["service"] != nil, document["provider"] != nil { return .serverlessFramework }
        return nil
    }

    /// Files whose name alone makes them worth parsing.
    static func isCandidate(fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") || lower.hasSuffix(".json") || lower.hasSuffix(".template")
    }
}
