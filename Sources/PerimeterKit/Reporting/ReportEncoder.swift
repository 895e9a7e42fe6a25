import Foundation

/// The one JSON encoding every JSON-based format uses: sorted keys for byte-identical output.
enum ReportEncoder {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only non-finite floating-point values fail to encode, and reports hold none.
            return "{\"error\": \"report could not be encoded: \(error)\"}\n"
        }
    }
}
