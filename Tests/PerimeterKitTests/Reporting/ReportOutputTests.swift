import Foundation
import Testing

@testable import PerimeterKit

/// `--output` replaces a regular file atomically, writes through links, and writes into anything else
/// (`/dev/null`, a pipe) in place instead of putting a regular file where it was.
struct ReportOutputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("perimeter-output-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func type(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    @Test("a regular file is replaced, and a link keeps pointing at the file it names")
    func regularFileAndLink() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.json").path
        let link = folder.appendingPathComponent("latest.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)

        try ReportOutput(path: link).write("new report")

        #expect(type(link) == .typeSymbolicLink)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "new report")
    }

    @Test("a named pipe is written into and stays a pipe")
    func namedPipe() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("report.fifo").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let received = ReceivedText()
        let reader = Thread {
            received.text = FileHandle(forReadingAtPath: pipe).map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) }
            received.done.signal()
        }
        reader.start()

        try ReportOutput(path: pipe).write("streamed report")

        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(received.text == "streamed report")
        #expect(type(pipe) != nil && type(pipe) != .typeRegular)
    }

    final class ReceivedText: @unchecked Sendable {
        var text: String?
        let done = DispatchSemaphore(value: 0)
    }
}
