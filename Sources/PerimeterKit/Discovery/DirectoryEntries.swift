#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder's entries with their kinds, read with `readdir`: the kind comes with each entry, where
/// FileManager needs a `stat` and a dictionary per entry, which made discovery a fifth of a scan.
/// Hand-written: no listed package lists a directory with entry kinds.
enum DirectoryEntries {
    enum Kind { case file, directory, link, other }

    struct Entry {
        var name: String
        var kind: Kind
    }

    /// The entries sorted by name (without `.` and `..`), or nil when the folder cannot be read.
    static func read(_ path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let pointer = readdir(directory) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, kind: kind(of: pointer.pointee.d_type, path: path + "/" + name)))
        }
        return entries.sorted { $0.name < $1.name }
    }

    private static func kind(of type: UInt8, path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            // Some file systems do not fill in the type: ask lstat.
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .file
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
