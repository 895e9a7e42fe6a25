import Foundation

/// The one JSON encoding every JSON-based format uses: sorted keys for byte-identical output.
///
/// `JSONEncoder` works on one thread, and a report's findings are nearly all of its bytes, so a
/// `SplicedArray` in the document is encoded apart, in chunks on every core, and put back where it
/// belongs with the indentation it would have had: the result is the bytes a single encoding gives.
enum ReportEncoder {
    static func encode(_ value: some Encodable) -> String {
        let splices = Splices()
        let encoder = makeEncoder()
        if let key = Splices.key { encoder.userInfo[key] = splices }
        do {
            var document = try encoder.encode(value)
            for splice in splices.taken() {
                document = try splice.insert(into: document)
            }
            return String(decoding: document, as: UTF8.self) + "\n"
        } catch {
            // Only non-finite floating-point values fail to encode, and reports hold none.
            return "{\"error\": \"report could not be encoded: \(error)\"}\n"
        }
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}

/// An array `ReportEncoder` encodes apart from its document, in parallel; other encoders see a plain array.
/// Its elements are made from `sources` in the same parallel pieces of work.
struct SplicedArray<Source: Sendable, Element: Encodable>: Encodable, Sendable {
    var sources: [Source]
    var element: @Sendable (Source) -> Element

    /// Below this many elements, splitting the work costs more than it saves.
    static var minimumToSplice: Int { 256 }

    init(_ sources: [Source], element: @escaping @Sendable (Source) -> Element) {
        self.sources = sources
        self.element = element
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        guard sources.count >= Self.minimumToSplice, let splices = Splices.key.flatMap({ encoder.userInfo[$0] }) as? Splices else {
            try container.encode(sources.map(element))
            return
        }
        let (sources, element) = (self.sources, self.element)
        try container.encode(splices.add { indent in try Splices.encodeInChunks(sources, element: element, indent: indent) })
    }
}

extension SplicedArray where Source == Element {
    init(_ elements: [Element]) {
        self.init(elements) { $0 }
    }
}

/// The arrays set aside while a document is encoded, each behind a marker string that stands in its place.
final class Splices: @unchecked Sendable {
    /// Optional only because the initialiser is; a literal key is always valid.
    static let key = CodingUserInfoKey(rawValue: "perimeter.splices")

    struct Splice {
        /// The marker as it appears in the encoded document, quotes included.
        var marker: Data
        /// The array's elements, encoded in chunks and indented by the given number of spaces.
        var chunks: @Sendable (_ indent: Int) throws -> [Data]

        /// The document with the marker replaced by the array, indented to the marker's depth.
        func insert(into document: Data) throws -> Data {
            guard let range = document.range(of: marker) else { return document }
            let lineStart = document[..<range.lowerBound].lastIndex(of: 10).map { $0 + 1 } ?? document.startIndex
            let indent = document[lineStart...].prefix { $0 == 32 }.count
            let encoded = try chunks(indent)
            var output = Data(document[..<range.lowerBound])
            output.reserveCapacity(document.count + encoded.reduce(0) { $0 + $1.count })
            output.append(contentsOf: Array("[\n".utf8))
            for (index, chunk) in encoded.enumerated() {
                if index > 0 { output.append(contentsOf: Array(",\n".utf8)) }
                output.append(chunk)
            }
            output.append(10)
            output.append(contentsOf: Array(repeating: 32, count: indent))
            output.append(93)  // ]
            output.append(document[range.upperBound...])
            return output
        }

        /// A pretty-printed top-level array's elements (between `[` and `]`) with `extra` more spaces on
        /// each non-blank line. Encoded strings hold no raw newline, so every newline starts a line of layout.
        static func reindented(_ array: Data, by extra: Int) -> Data {
            let bytes = [UInt8](array)
            guard let open = bytes.firstIndex(of: 10), let close = bytes.lastIndex(of: 10), open < close else { return Data() }
            let padding = [UInt8](repeating: 32, count: extra)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            // Padding goes before a line's first byte, so the blank line of an empty array stays blank.
            var atLineStart = true
            for byte in bytes[(open + 1)..<close] {
                if atLineStart, byte != 10 { output.append(contentsOf: padding) }
                output.append(byte)
                atLineStart = byte == 10
            }
            return Data(output)
        }
    }

    private let lock = NSLock()
    private var splices: [Splice] = []

    /// Registers an array and returns the marker to encode in its place.
    func add(_ chunks: @escaping @Sendable (_ indent: Int) throws -> [Data]) -> String {
        let marker = "splice-\(UUID().uuidString)"
        lock.lock()
        splices.append(Splice(marker: Data("\"\(marker)\"".utf8), chunks: chunks))
        lock.unlock()
        return marker
    }

    func taken() -> [Splice] {
        lock.lock()
        defer { lock.unlock() }
        return splices
    }

    /// Makes and encodes the elements in chunks, one piece of work each, every line indented by `indent`
    /// more spaces than in a pretty-printed top-level array.
    static func encodeInChunks<Source: Sendable, Element: Encodable>(
        _ sources: [Source], element: @escaping @Sendable (Source) -> Element, indent: Int
    ) throws -> [Data] {
        let chunkSize = max(64, sources.count / (ProcessInfo.processInfo.activeProcessorCount * 4))
        let starts = Array(stride(from: 0, to: sources.count, by: chunkSize))
        let encoded = ParallelMap.map(starts, stackSize: 8 << 20) { start -> Result<Data, EncodingFailure> in
            do {
                let elements = sources[start..<min(start + chunkSize, sources.count)].map(element)
                return .success(Splice.reindented(try ReportEncoder.makeEncoder().encode(elements), by: indent))
            } catch {
                return .failure(EncodingFailure(description: "\(error)"))
            }
        }
        return try encoded.map { try $0.get() }
    }

    struct EncodingFailure: Error, Sendable, CustomStringConvertible {
        var description: String
    }
}
