import Testing

@testable import PerimeterKit

/// What the parser keeps from YAML and JSON: tags, quoting, nulls, locations, anchors and merge keys.
struct DocumentParserTests {
    func parse(_ text: String, limits: ParseLimits = ParseLimits()) throws -> [Value] {
        try DocumentParser(limits: limits).parse(text, file: "t.yaml")
    }

    func error(_ text: String, limits: ParseLimits = ParseLimits()) -> ParseError? {
        do {
            _ = try DocumentParser(limits: limits).parse(text, file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test("short-form tags are kept on scalars, sequences and mappings; YAML's own tags are not")
    func tags() throws {
        let root = try #require(try parse("a: !Ref Bucket\nb: !Join ['', [x, y]]\nc: !If {x: 1}\nd: !!str 5\ne: '!Ref x'\n").first)
        #expect(root["a"]?.tag == "!Ref" && root["a"]?.string == "Bucket")
        #expect(root["b"]?.tag == "!Join" && root["b"]?.elements.count == 2)
        #expect(root["c"]?.tag == "!If" && root["c"]?["x"]?.string == "1")
        #expect(root["d"]?.tag == nil && root["d"]?.string == "5")
        #expect(root["e"]?.tag == nil && root["e"]?.isQuoted == true)
    }

    @Test("plain null words are null; quoted ones and block scalars are strings")
    func nulls() throws {
        let root = try #require(try parse("a: ~\nb: null\nc:\nd: 'null'\ne: \"\"\nf: |\n  null\n").first)
        for key in ["a", "b", "c"] {
            guard case .null = root[key]?.content else {
                Issue.record("\(key) is not null")
                continue
            }
        }
        #expect(root["d"]?.string == "null" && root["e"]?.string == "" && root["f"]?.string == "null\n")
    }

    @Test("keys and values carry their own 1-based lines and columns, in JSON too")
    func locations() throws {
        let yaml = try #require(try parse("top:\n  inner: value\n").first)
        let entry = try #require(yaml["top"]?.entry("inner"))
        #expect(entry.keyLocation == SourceLocation(file: "t.yaml", line: 2, column: 3))
        #expect(entry.value.location == SourceLocation(file: "t.yaml", line: 2, column: 10))
        let json = try #require(try parse("{\n  \"a\": {\n    \"b\": [1, 2]\n  }\n}\n").first)
        #expect(json["a"]?["b"]?.elements.last?.location == SourceLocation(file: "t.yaml", line: 3, column: 14))
    }

    @Test("an alias is the anchored value, at the anchor's location; merge keys copy what the mapping does not set")
    func anchorsAndMerges() throws {
        let text = """
            base: &base
              Runtime: nodejs22.x
              Timeout: 6
            extra: &extra
              MemorySize: 256
              Timeout: 9
            copy: *base
            one:
              <<: *base
              Timeout: 30
            two:
              Handler: h
              <<: [*extra, *base]
            """
        let root = try #require(try parse(text).first)
        #expect(root["copy"]?["Runtime"]?.location.line == 2)
        #expect(root["one"]?.entries.map(\.key) == ["Runtime", "Timeout"])
        #expect(root["one"]?["Timeout"]?.string == "30")
        #expect(root["two"]?.entries.map(\.key) == ["Handler", "MemorySize", "Timeout", "Runtime"])
        #expect(root["two"]?["Timeout"]?.string == "9")
    }

    @Test("every document of a stream is read")
    func documents() throws {
        let documents = try parse("a: 1\n---\nb: 2\n")
        #expect(documents.count == 2 && documents[1]["b"]?.location.line == 3)
    }

    @Test("a duplicate key is reported where it is repeated, naming the first")
    func duplicateKey() throws {
        let small = try #require(error("a: 1\nb: 2\na: 3\n"))
        #expect(small.location.line == 3 && small.reason.contains("duplicate key 'a'") && small.reason.contains("first at line 1"))
        let manyKeys = (0..<40).map { "k\($0): v" }.joined(separator: "\n") + "\nk7: again\n"
        let large = try #require(error(manyKeys))
        #expect(large.location.line == 41 && large.reason.contains("first at line 8"))
    }

    @Test("read leniently, a duplicate key keeps its last value, is noted where repeated, and merges stay in place")
    func duplicateKeyKeptLast() throws {
        let text = """
            base: &base {Runtime: nodejs22.x}
            fn:
              Handler: a.handler
              Timeout: 3
              <<: *base
              Handler: b.handler
            """
        let parsed = try DocumentParser().parseKeepingLastDuplicate(text, file: "t.yaml")
        let function = try #require(parsed.documents.first?["fn"])
        #expect(function.entries.map(\.key) == ["Timeout", "Runtime", "Handler"])
        #expect(function["Handler"]?.string == "b.handler" && function["Handler"]?.location.line == 6)
        #expect(parsed.duplicateKeys.map(\.location.line) == [6])
        #expect(parsed.duplicateKeys.first?.reason.contains("duplicate key 'Handler' in mapping (first at line 3)") == true)
        #expect(throws: ParseError.self) { try DocumentParser().parse(text, file: "t.yaml") }
    }

    @Test("syntax errors and undefined aliases name their line")
    func syntaxErrors() throws {
        let unclosed = try #require(error("a: [1, 2\nb: 3\n"))
        #expect(unclosed.reason.hasPrefix("invalid YAML") && unclosed.location.line >= 2)
        let undefined = try #require(error("a: 1\nb: *missing\n"))
        #expect(undefined.location.line == 2 && undefined.reason.contains("undefined alias 'missing'"))
    }

    @Test("aliases count toward the node budget and the depth limit where they are used")
    func aliasLimits() throws {
        let wide = "a: &a [1, 2, 3, 4, 5]\nb: [*a, *a]\n"
        #expect(try parse(wide, limits: ParseLimits(maxNodes: 20)).count == 1)
        let budget = try #require(error(wide, limits: ParseLimits(maxNodes: 15)))
        #expect(budget.location.line == 2 && budget.reason.contains("more than 15 nodes"))
        let deep = "a: &a [[1]]\nb: [[*a]]\n"
        #expect(try parse(deep, limits: ParseLimits(maxDepth: 5)).count == 1)
        let nesting = try #require(error(deep, limits: ParseLimits(maxDepth: 4)))
        #expect(nesting.location == SourceLocation(file: "t.yaml", line: 2, column: 6) && nesting.reason.contains("nesting deeper than 4"))
    }
}
