/// The stack's resources grouped by the file that declares them, with one `ResourceResolver` per file
/// built on first use: a policy's `Resource` only names resources of its own stack.
struct ResourcesByFile {
    private let groups: [String: [CloudResource]]
    private var resolvers: [String: ResourceResolver] = [:]

    init(_ app: Application) {
        var groups: [String: [CloudResource]] = [:]
        for resource in app.resources { groups[resource.location.file, default: []].append(resource) }
        self.groups = groups
    }

    func resources(in file: String) -> [CloudResource] {
        groups[file] ?? []
    }

    mutating func resolver(for file: String) -> ResourceResolver {
        if let resolver = resolvers[file] { return resolver }
        let resolver = ResourceResolver(resources: resources(in: file))
        resolvers[file] = resolver
        return resolver
    }
}
