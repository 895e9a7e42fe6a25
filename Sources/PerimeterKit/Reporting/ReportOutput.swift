import Foundation

/// Where a rendered report goes: a file (`--output`) or standard output.
public struct ReportOutput: Sendable {
    /// nil for standard output.
    public var path: String?

    public init(path: String?) {
        self.path = path
    }

    public var isStandardOutput: Bool { path == nil }

    public func write(_ text: String) throws(InputError) {
        let data = Data(text.utf8)
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            // A regular file is replaced atomically, so a reader never sees half a report. Anything else that
            // exists (`/dev/null`, a pipe, a terminal) is written in place: replacing it would put a regular
            // file where the device was.
            // A link is followed, so the file it names is the one replaced.
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
            if let type, type != .typeRegular {
                let handle = try FileHandle(forWritingTo: target)
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
            } else {
                try data.write(to: target, options: .atomic)
            }
        } catch {
            throw InputError("cannot write the report here; check the folder exists and is writable", at: SourceLocation(file: path, line: 1))
        }
    }
}
