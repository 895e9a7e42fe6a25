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
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError("cannot write the report here; check the folder exists and is writable", at: SourceLocation(file: path, line: 1))
        }
    }
}
