import Foundation

/// Walks the scan roots and lists candidate template files, skipping dependency and build folders
/// and never following a symlink out of its root.
public struct FileDiscovery: Sendable {
    /// Folders never descended into.
    public static let skippedFolders: Set<String> = [
        "node_modules", ".git", ".serverless", ".aws-sam", ".build", ".venv", "venv", "__pycache__",
        "vendor", "bower_components", ".terraform", ".idea", ".vscode", "site-packages", "dist-packages",
    ]

    /// JSON/YAML files that are never templates (lockfiles, manifests, tool configs).
    static let skippedFiles: Set<String> = [
        "package.json", "package-lock.json", "tsconfig.json", "composer.json", "yarn.lock", ".eslintrc.json",
        "pnpm-lock.yaml", ".perimeter.yml", "docker-compose.yml", "docker-compose.yaml", ".travis.yml",
    ]

    public var ignoredPathPrefixes: [String]

    public init(ignoredPathPrefixes: [String] = []) {
        self.ignoredPathPrefixes = ignoredPathPrefixes
    }

    public struct Candidate: Sendable, Hashable {
        /// Path as shown to the user.
        public var displayPath: String
        public var url: URL
        /// The scan root it belongs to (for `${file(...)}` confinement).
        public var root: URL
        /// Found through a symlink (then `url` is the link's target).
        var throughLink = false
    }

    /// Lists candidate files under each path, sorted for deterministic output. Paths that do not exist
    /// become diagnostics.
    public func candidates(in paths: [String]) -> (candidates: [Candidate], diagnostics: [Diagnostic]) {
        var found: [Candidate] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic("no such file or directory", at: SourceLocation(file: path, line: 1)))
                continue
            }
            if !isDirectory.boolValue {
                found.append(Candidate(displayPath: path, url: url, root: url.deletingLastPathComponent()))
                continue
            }
            let root = url.resolvingSymlinksInPath()
            walk(root, displayPrefix: path == "." ? "" : (path.hasSuffix("/") ? path : path + "/"), root: root, into: &found)
        }
        // A file reached both directly and through a link is read once, under its own name.
        found.sort { ($0.throughLink ? 1 : 0, $0.displayPath) < ($1.throughLink ? 1 : 0, $1.displayPath) }
        var seen = Set<String>()
        found = found.filter { seen.insert($0.url.path).inserted }
        return (found.sorted { $0.displayPath < $1.displayPath }, diagnostics)
    }

    private func walk(_ directory: URL, displayPrefix: String, root: URL, into found: inout [Candidate]) {
        let manager = FileManager.default
        guard let entries = DirectoryEntries.read(directory.path) else { return }
        for entry in entries {
            let name = entry.name
            let display = displayPrefix + name
            if ignoredPathPrefixes.contains(where: { display.hasPrefix($0) }) { continue }
            var isDirectory = entry.kind == .directory
            // Only directories and files named like templates matter: nothing else is looked at further.
            guard isDirectory || entry.kind == .link || TemplateKind.isCandidate(fileName: name) else { continue }
            let url = directory.appendingPathComponent(name, isDirectory: isDirectory)
            var fileURL = url
            if entry.kind == .link {
                // Follow a link only when its target stays inside the scan root.
                let target = url.resolvingSymlinksInPath()
                guard target.path.hasPrefix(root.path + "/") else { continue }
                var targetIsDirectory: ObjCBool = false
                guard manager.fileExists(atPath: target.path, isDirectory: &targetIsDirectory) else { continue }
                // Directory links could loop; files inside the root are read once through their real path.
                if targetIsDirectory.boolValue { continue }
                guard TemplateKind.isCandidate(fileName: name) else { continue }
                isDirectory = false
                fileURL = target
            } else if entry.kind == .other {
                continue
            }
            if isDirectory {
                if Self.skippedFolders.contains(name) || (name.hasPrefix(".") && name != ".") { continue }
                walk(url, displayPrefix: display + "/", root: root, into: &found)
            } else if TemplateKind.isCandidate(fileName: name), !Self.skippedFiles.contains(name.lowercased()) {
                found.append(Candidate(displayPath: display, url: fileURL, root: root, throughLink: fileURL != url))
            }
        }
    }
}
