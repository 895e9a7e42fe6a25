import Foundation
import Testing

@testable import PerimeterKit

/// Arrays encoded apart and spliced back must give the bytes one encoding of the whole document gives.
struct ReportEncoderTests {
    struct Item: Codable, Sendable, Equatable {
        var name: String
        var tags: [String]
        var nested: [String: Int]
    }

    struct Document<Items: Encodable>: Encodable {
        var before: String
        var runs: [Run<Items>]
        var zzz: Int
    }

    struct Run<Items: Encodable>: Encodable {
        var items: Items
        var tail: [String]
    }

    struct DecodedDocument: Decodable {
        struct DecodedRun: Decodable { var items: [Item] }
        var runs: [DecodedRun]
    }

    static func items(_ count: Int) -> [Item] {
        (0..<count).map { index in
            Item(name: "item \(index)\nwith a newline, a \"quote\" and é", tags: index % 3 == 0 ? [] : ["a", "b/c"], nested: index % 2 == 0 ? [:] : ["k": index])
        }
    }

    @Test("a spliced array nested in a document encodes exactly as a plain one", arguments: [0, 1, 255, 256, 1_000, 5_003])
    func splicedEqualsPlain(count: Int) throws {
        let items = Self.items(count)
        let plain = ReportEncoder.encode(Document(before: "x", runs: [Run(items: items, tail: [])], zzz: 1))
        let spliced = ReportEncoder.encode(Document(before: "x", runs: [Run(items: SplicedArray(items), tail: [])], zzz: 1))
        #expect(spliced == plain)
        let decoded = try JSONDecoder().decode(DecodedDocument.self, from: Data(spliced.utf8))
        #expect(decoded.runs.first?.items == items)
    }
}
