/// Turns one parsed template file into model elements, choosing the front end by the file's kind.
public struct TemplateLoader: Sendable {
    public var options: ScanOptions

    public init(options: ScanOptions) {
        self.options = options
    }

    public func load(_ file: SourceFile) -> Application {
        guard let kind = file.kind, let document = file.documents.first(where: { TemplateKind.classify($0, fileName: file.displayPath) != nil }) else {
            return Application()
        }
        switch kind {
        case .serverlessFramework:
            return ServerlessLoader(file: file, options: options).load(document)
        case .sam, .cloudFormation:
            return CloudFormationLoader(file: file.displayPath, origin: kind == .sam ? .sam : .cloudFormation, options: options).load(document)
        }
    }
}
