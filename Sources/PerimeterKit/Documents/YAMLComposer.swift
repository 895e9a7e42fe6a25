import CYaml

/// Builds located `Value` trees straight from libyaml's event stream.
///
/// Hand-written because Yams, whose bundled libyaml this drives, only hands out composed `Node` trees:
/// composing those and converting them cost more than all the rest of parsing, and a `Node` tree
/// expands aliases before any budget can apply. Here an alias reuses the anchored `Value` (copies share
/// storage) and adds the size and depth recorded when the anchor was composed, so an alias bomb or an
/// alias chain stops at the alias that crosses a limit, at constant cost per alias. The composer keeps
/// its own stack: nesting costs no recursion.
struct YAMLComposer {
    let file: String
    let limits: ParseLimits
    /// Whether a key written twice in one mapping stops the parse, or is noted while the last value is kept
    /// (what PyYAML, and so most tools that deploy or check templates, do).
    var rejectsDuplicateKeys = true

    /// The documents of a stream, and the duplicate keys noted when they are not rejected.
    struct Composed {
        var documents: [Value]
        var duplicateKeys: [ParseError]
    }

    /// Every document of the stream (a JSON file is one).
    func documents(of text: String) throws(ParseError) -> Composed {
        var text = text
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw ParseError("could not parse: out of memory", at: at(line: 1, column: 1)) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // `withUTF8` rethrows untyped errors, so the outcome crosses it as a `Result`.
        let outcome = text.withUTF8 { bytes -> Result<Composed, ParseError> in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var composition = Composition(composer: self)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxError(parser, text: bytes)) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT {
                    return .success(Composed(documents: composition.documents, duplicateKeys: composition.duplicateKeys))
                }
                do throws(ParseError) {
                    try composition.take(event)
                } catch {
                    return .failure(error)
                }
            }
        }
        return try outcome.get()
    }

    func at(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func at(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private func syntaxError(_ parser: yaml_parser_t, text: UnsafeBufferPointer<UInt8>) -> ParseError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            let line = text.prefix(max(0, parser.problem_offset)).reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            return ParseError("unreadable input: \(problem)", at: at(line: line, column: 1))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = parser.context.map { String(cString: $0) }
            return DocumentParser.syntaxError(
                context: context, problem: problem, at: at(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1))
        default:
            return ParseError("could not parse: out of memory", at: at(line: 1, column: 1))
        }
    }
}

/// The state of one stream's composition: open collections, anchors, and the nodes made so far.
private struct Composition {
    let composer: YAMLComposer
    var documents: [Value] = []
    var duplicateKeys: [ParseError] = []
    var open: [OpenCollection] = []
    var anchors: [String: Anchored] = [:]
    /// Nodes made, counting every node an alias expands to (mapping keys are not counted).
    var nodes = 0

    init(composer: YAMLComposer) {
        self.composer = composer
    }

    /// A value with an anchor, and what using it through an alias costs.
    struct Anchored {
        var value: Value
        var nodes: Int
        /// Levels of collections, 0 for a scalar.
        var height: Int
    }

    /// A sequence or mapping whose end event has not come yet.
    struct OpenCollection {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        /// Inside a mapping key, where aliases are refused.
        var isKey: Bool
        var nodesBefore: Int
        var tallestChild = 0
        var elements: [Value] = []
        var entries: [Value.Entry] = []
        var pendingKey: (text: String, location: SourceLocation)?
        /// `<<` merge values, with the number of entries written before each.
        var merges: [(position: Int, value: Value)] = []
    }

    /// Whether the next node completes a mapping key, or lies inside one.
    var isAtKey: Bool {
        guard let top = open.last else { return false }
        return top.isKey || (top.isMapping && top.pendingKey == nil)
    }

    mutating func take(_ event: yaml_event_t) throws(ParseError) {
        let location = composer.at(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let anchor = scalar.anchor.map { String(cString: $0) }
            if let top = open.last, top.isMapping, top.pendingKey == nil {
                // A plain key: its text as written, even `~` or an empty key.
                open[open.count - 1].pendingKey = (text, location)
                if let anchor { anchors[anchor] = Anchored(value: Value(.string(text), at: location), nodes: 1, height: 0) }
                return
            }
            try count(1, at: location)
            let tag = scalar.quoted_implicit == 1 ? nil : Self.explicitTag(scalar.tag)
            let quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
            let block = scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
            let value =
                !quoted && !block && tag == nil && text.utf8.count <= 4 && Self.nullWords.contains(text)
                ? Value(.null, at: location) : Value(.string(text), at: location, tag: tag, isQuoted: quoted)
            if let anchor { anchors[anchor] = Anchored(value: value, nodes: 1, height: 0) }
            add(value, height: 0)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            try count(1, at: location)
            let depth = open.count + 1
            if depth > composer.limits.maxDepth { throw nestingError(at: location) }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let start = event.data.sequence_start
            let mapping = event.data.mapping_start
            let tag = isMapping ? (mapping.implicit != 0 ? nil : Self.explicitTag(mapping.tag)) : (start.implicit != 0 ? nil : Self.explicitTag(start.tag))
            let anchor = (isMapping ? mapping.anchor : start.anchor).map { String(cString: $0) }
            open.append(OpenCollection(isMapping: isMapping, location: location, tag: tag, anchor: anchor, isKey: isAtKey, nodesBefore: nodes - 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = open.popLast() else { return }
            let content: Value.Content = collection.isMapping ? .mapping(try entries(of: collection)) : .sequence(collection.elements)
            let value = Value(content, at: collection.location, tag: collection.tag)
            let height = collection.tallestChild + 1
            if let anchor = collection.anchor { anchors[anchor] = Anchored(value: value, nodes: nodes - collection.nodesBefore, height: height) }
            add(value, height: height)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            if isAtKey {
                throw ParseError("an alias used in a mapping key is not accepted (it can expand without bound)", at: location)
            }
            guard let anchored = anchors[name] else { throw ParseError("invalid YAML: found undefined alias '\(name)'", at: location) }
            try count(anchored.nodes, at: location)
            if anchored.height > 0, open.count + anchored.height > composer.limits.maxDepth { throw nestingError(at: location) }
            add(anchored.value, height: anchored.height)
        default:
            break
        }
    }

    /// Adds a finished value to the open collection, or makes it a document.
    mutating func add(_ value: Value, height: Int) {
        guard !open.isEmpty else {
            documents.append(value)
            return
        }
        let top = open.count - 1
        open[top].tallestChild = max(open[top].tallestChild, height)
        guard open[top].isMapping else {
            open[top].elements.append(value)
            return
        }
        guard let key = open[top].pendingKey else {
            // A key that is a collection (`? [a, b]`, `{a: 1}: x`): kept as text, since no template uses one.
            open[top].pendingKey = (value.description, value.location)
            return
        }
        open[top].pendingKey = nil
        if key.text == "<<" {
            open[top].merges.append((open[top].entries.count, value))
        } else {
            open[top].entries.append(Value.Entry(key: key.text, keyLocation: key.location, value: value))
        }
    }

    /// A mapping's entries once its end is reached: duplicate keys refused or noted (the last one kept),
    /// `<<` merges applied.
    mutating func entries(of mapping: OpenCollection) throws(ParseError) -> [Value.Entry] {
        var entries = mapping.entries
        // Where the (last) `<<` stood among the entries, kept in step as duplicates are dropped.
        var mergePosition = mapping.merges.last?.position
        while let duplicate = Self.duplicateKey(in: entries) {
            try note(duplicate: duplicate.key, first: duplicate.first, second: duplicate.second)
            entries.remove(at: duplicate.firstIndex)
            if let position = mergePosition, duplicate.firstIndex < position { mergePosition = position - 1 }
        }
        if mapping.merges.count > 1, let first = mapping.merges.first, let last = mapping.merges.last {
            try note(duplicate: "<<", first: first.value.location, second: last.value.location)
        }
        guard let merge = mapping.merges.last, let position = mergePosition else { return entries }
        // YAML merge key: the merged mappings' entries that the mapping does not set itself, where `<<`
        // stood; of several merged mappings, the first one to set a key wins.
        let ownKeys = Set(entries.map(\.key))
        var mergedKeys = Set<String>()
        var merged = Array(entries[..<position])
        let sources: [Value]
        if case .sequence(let mergedMappings) = merge.value.content { sources = mergedMappings } else { sources = [merge.value] }
        for source in sources {
            for entry in source.entries where !ownKeys.contains(entry.key) && mergedKeys.insert(entry.key).inserted {
                merged.append(entry)
            }
        }
        merged.append(contentsOf: entries[position...])
        return merged
    }

    /// A key written twice: an error, or a note when the last value is kept.
    mutating func note(duplicate key: String, first: SourceLocation, second: SourceLocation) throws(ParseError) {
        guard !composer.rejectsDuplicateKeys else {
            throw ParseError("duplicate key '\(key)' in mapping (first at line \(first.line)); remove or rename one", at: second)
        }
        duplicateKeys.append(
            ParseError(
                "duplicate key '\(key)' in mapping (first at line \(first.line)); this last one was scanned, as most YAML readers keep it; remove or rename one",
                at: second))
    }

    /// The first key written twice, with both places and the position of the first. Small mappings are
    /// compared pairwise, which costs less than hashing every key.
    static func duplicateKey(in entries: [Value.Entry]) -> (key: String, first: SourceLocation, second: SourceLocation, firstIndex: Int)? {
        if entries.count <= 16 {
            for second in entries.indices.dropFirst() {
                for first in entries.indices[..<second] where entries[first].key == entries[second].key {
                    return (entries[second].key, entries[first].keyLocation, entries[second].keyLocation, first)
                }
            }
            return nil
        }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            if let first = seen.updateValue(index, forKey: entry.key) {
                return (entry.key, entries[first].keyLocation, entry.keyLocation, first)
            }
        }
        return nil
    }

    mutating func count(_ added: Int, at location: SourceLocation) throws(ParseError) {
        nodes += added
        if nodes > composer.limits.maxNodes {
            throw ParseError(
                "document expands to more than \(composer.limits.maxNodes) nodes (YAML alias bomb?); raise it with --max-nodes", at: location,
                exceedsLimit: true)
        }
    }

    func nestingError(at location: SourceLocation) -> ParseError {
        ParseError("nesting deeper than \(composer.limits.maxDepth) levels (raise it with --max-depth)", at: location, exceedsLimit: true)
    }

    /// Plain scalars that YAML's core schema reads as null.
    static let nullWords: Set<String> = ["~", "null", "Null", "NULL", ""]

    /// A tag as written (`!Ref`, `!GetAtt`), or nil for none and for YAML's own types.
    static func explicitTag(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag else { return nil }
        let name = String(cString: tag)
        if name.isEmpty || name == "!" || name.hasPrefix("tag:yaml.org,2002:") { return nil }
        return name
    }
}
