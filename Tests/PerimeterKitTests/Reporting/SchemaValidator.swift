import Foundation

/// Validates JSON against a JSON schema with Python's `jsonschema` (Draft 7 validator): an independent
/// implementation, so our SARIF is checked by something other than our own reading of the spec.
/// `scripts/test` sets `PERIMETER_PYTHON` to a Python that has it.
enum SchemaValidator {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sarifSchema = repository.deletingLastPathComponent().appendingPathComponent("shared/data/sarif/sarif-schema-2.1.0.json")

    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        document = json.load(open(sys.argv[2]))
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(map(str, e.path)))
        for error in errors:
            print("/".join(map(str, error.path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """

    /// The validator's complaints, one per line; empty when the document is valid.
    static func errors(in json: String, schema: URL) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("perimeter-\(UUID().uuidString).json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = ProcessInfo.processInfo.environment["PERIMETER_PYTHON"] ?? "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
