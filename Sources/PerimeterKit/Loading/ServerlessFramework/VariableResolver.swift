import Foundation

/// Resolves Serverless Framework variables (`${self:...}`, `${opt:stage, 'dev'}`, `${sls:stage}`,
/// `${aws:region}`, `${env:X}`, `${param:x}`, `${file(./x.yml):key}`, nested `${...}`). Sources Perimeter
/// cannot see (`${ssm:...}`, `${cf:...}`, `${s3:...}`) become symbols, never errors.
///
/// Hand-written: the framework's resolver is JavaScript and no Swift package implements its grammar.
final class VariableResolver {
    private let document: Value
    private let file: SourceFile
    private let options: ScanOptions
    private let parser: DocumentParser
    /// Bounds work on self-referencing or exponential variable graphs.
    private var budget = 50_000
    private var fileCache: [String: Value?] = [:]

    init(document: Value, file: SourceFile, options: ScanOptions) {
        self.document = document
        self.file = file
        self.options = options
        self.parser = DocumentParser(limits: options.limits)
    }

    /// The stage: `--stage`, then `provider.stage` (resolved), then `dev`.
    lazy var stage: String = {
        if let stage = options.stage { return stage }
        if let written = document[path: "provider", "stage"], let resolved = resolve(written, depth: 1).string, !resolved.contains("${") {
            return resolved
        }
        return "dev"
    }()

    lazy var region: String = {
        if let region = options.region { return region }
        if let written = document[path: "provider", "region"], let resolved = resolve(written, depth: 1).string, !resolved.contains("${") {
            return resolved
        }
        return "us-east-1"
    }()

    /// Resolves every variable in a value tree.
    func resolve(_ value: Value, depth: Int = 0) -> Value {
        guard depth < 32 else { return value }
        switch value.content {
        case .string(let text) where text.containsBytes("${"):
            return resolveString(text, at: value.location, depth: depth)
        case .mapping(let entries):
            var result = value
            result.content = .mapping(entries.map { Value.Entry(key: $0.key, keyLocation: $0.keyLocation, value: resolve($0.value, depth: depth + 1)) })
            return result
        case .sequence(let elements):
            var result = value
            result.content = .sequence(elements.map { resolve($0, depth: depth + 1) })
            return result
        default:
            return value
        }
    }

    private static let placeholderOpen: Character = "\u{E000}"
    private static let placeholderClose: Character = "\u{E001}"

    private func resolveString(_ text: String, at location: SourceLocation, depth: Int) -> Value {
        var working = text
        var pieces: [Value] = []
        // Innermost first: a `${` whose body holds no other `${`.
        while budget > 0, let range = innermostVariable(in: working) {
            budget -= 1
            let expression = String(working[working.index(range.lowerBound, offsetBy: 2)..<working.index(before: range.upperBound)])
            let resolved = evaluate(expression, at: location, depth: depth)
            if range.lowerBound == working.startIndex, range.upperBound == working.endIndex {
                // The whole string is one variable: it takes the resolved value's type (a mapping, a list…).
                if case .string(let inner) = resolved.content, inner.containsBytes("${"), !inner.contains(Self.placeholderOpen) {
                    return resolveString(inner, at: location, depth: depth + 1)
                }
                return restore(resolved, pieces: pieces, at: location)
            }
            let replacement: String
            if let string = resolved.string {
                replacement = string
            } else {
                replacement = "\(Self.placeholderOpen)\(pieces.count)\(Self.placeholderClose)"
                pieces.append(resolved)
            }
            working.replaceSubrange(range, with: replacement)
        }
        return restore(.string(working, at: location), pieces: pieces, at: location)
    }

    /// Puts unresolved pieces back as `${expression}` text; a secret source anywhere makes the whole value symbolic.
    private func restore(_ value: Value, pieces: [Value], at location: SourceLocation) -> Value {
        guard !pieces.isEmpty || value.string?.contains(Self.placeholderOpen) == true else { return located(value, at: location) }
        guard let text = value.string else { return located(value, at: location) }
        var output = ""
        var index = text.startIndex
        var strongest: Symbol?
        while index < text.endIndex {
            let character = text[index]
            if character == Self.placeholderOpen, let close = text[index...].firstIndex(of: Self.placeholderClose),
                let number = Int(text[text.index(after: index)..<close]), number < pieces.count
            {
                let piece = pieces[number]
                if let symbol = piece.symbol {
                    output += "${\(symbol.expression.hasPrefix("${") ? String(symbol.expression.dropFirst(2).dropLast()) : symbol.expression)}"
                    if symbol.kind == .secretsManager || (symbol.kind == .ssmParameter && strongest?.kind != .secretsManager) { strongest = symbol }
                } else {
                    output += piece.description
                }
                index = text.index(after: close)
            } else {
                output.append(character)
                index = text.index(after: index)
            }
        }
        if let strongest { return .symbolic(Symbol(strongest.kind, output), at: location) }
        return .string(output, at: location)
    }

    private func located(_ value: Value, at location: SourceLocation) -> Value {
        guard !value.isMapping, !value.isSequence else { return value }
        var copy = value
        copy.location = location
        return copy
    }

    private func innermostVariable(in text: String) -> Range<String.Index>? {
        var openStack: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "$", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "{" {
                openStack.append(index)
                index = text.index(index, offsetBy: 2)
                continue
            }
            if text[index] == "}", let open = openStack.popLast() {
                return open..<text.index(after: index)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Evaluates `source:address, fallback, …`, trying each candidate in turn.
    private func evaluate(_ expression: String, at location: SourceLocation, depth: Int) -> Value {
        for candidate in splitFallbacks(expression) {
            if let value = evaluateSingle(candidate.trimmingCharacters(in: .whitespaces), at: location, depth: depth) { return value }
        }
        return .symbolic(Symbol(.input, "${\(expression)}"), at: location)
    }

    private func splitFallbacks(_ expression: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var parens = 0
        for character in expression {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "(" {
                parens += 1
            } else if character == ")" {
                parens -= 1
            } else if character == ",", parens == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    private func evaluateSingle(_ candidate: String, at location: SourceLocation, depth: Int) -> Value? {
        if candidate.count >= 2, let first = candidate.first, first == "'" || first == "\"", candidate.last == first {
            return .string(String(candidate.dropFirst().dropLast()), at: location)
        }
        if Double(candidate) != nil || candidate == "true" || candidate == "false" || candidate == "null" {
            return .string(candidate, at: location)
        }
        let source: String
        let address: String
        if candidate.hasPrefix("file(") {
            return fileValue(candidate, at: location, depth: depth)
        }
        if let colon = candidate.firstIndex(of: ":") {
            source = String(candidate[..<colon])
            address = String(candidate[candidate.index(after: colon)...])
        } else {
            // Framework v1 shorthand `${self:}` aside, a bare word is a self reference (e.g. `${custom.x}` is not valid) → unknown.
            return nil
        }
        switch source {
        case "self":
            let keys = address.split(separator: ".").map(String.init)
            guard let found = lookup(keys, in: document) else { return nil }
            return resolve(found, depth: depth + 1)
        case "opt":
            switch address {
            case "stage": return options.stage.map { .string($0, at: location) }
            case "region": return options.region.map { .string($0, at: location) }
            default: return nil
            }
        case "sls":
            switch address {
            case "stage": return .string(stage, at: location)
            case "instanceId": return .symbolic(Symbol(.unknown, "${sls:instanceId}"), at: location)
            default: return nil
            }
        case "aws":
            switch address {
            case "region": return .string(region, at: location)
            case "accountId": return .symbolic(Symbol(.input, "${aws:accountId}"), at: location)
            default: return nil
            }
        case "env":
            return options.environment[address].map { .string($0, at: location) }
        case "param":
            if let value = options.params[address] { return .string(value, at: location) }
            if let value = document[path: "params", stage, address] ?? document[path: "params", "default", address] {
                return resolve(value, depth: depth + 1)
            }
            return nil
        case "ssm":
            let kind: Symbol.Kind = address.contains("/aws/reference/secretsmanager/") ? .secretsManager : .ssmParameter
            return .symbolic(Symbol(kind, "${\(candidate)}"), at: location)
        case _ where source.hasPrefix("ssm("):
            return .symbolic(Symbol(address.contains("/aws/reference/secretsmanager/") ? .secretsManager : .ssmParameter, "${\(candidate)}"), at: location)
        case _ where source == "cf" || source.hasPrefix("cf("):
            return .symbolic(Symbol(.stackOutput, "${\(candidate)}"), at: location)
        case "s3":
            return .symbolic(Symbol(.s3Object, "${\(candidate)}"), at: location)
        case "strToBool":
            return .string(address, at: location)
        default:
            return .symbolic(Symbol(.unknown, "${\(candidate)}"), at: location)
        }
    }

    private func lookup(_ keys: [String], in root: Value) -> Value? {
        var current: Value? = root
        for key in keys where !key.isEmpty {
            if let index = Int(key), let list = current, list.isSequence {
                current = index < list.elements.count ? list.elements[index] : nil
            } else {
                current = current?[key]
            }
        }
        return current
    }

    /// `${file(./config.yml):key.path}`: read from a file inside the scan root only.
    private func fileValue(_ candidate: String, at location: SourceLocation, depth: Int) -> Value? {
        guard let close = candidate.firstIndex(of: ")") else { return nil }
        let relative = String(candidate[candidate.index(candidate.startIndex, offsetBy: 5)..<close]).trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
        let rest = candidate[candidate.index(after: close)...]
        let keys = rest.hasPrefix(":") ? rest.dropFirst().split(separator: ".").map(String.init) : []
        guard let included = includedDocument(relative) else { return nil }
        guard let found = lookup(keys, in: included) else { return nil }
        // Variables inside the included file resolve against the including service, as the framework does.
        return resolve(found, depth: depth + 1)
    }

    /// `a/b/serverless.yml` + `../c/./x.yml` → `a/c/x.yml`, so included files are named as discovery names them.
    static func joined(folderOf displayPath: String, _ relative: String) -> String {
        var parts = displayPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let leadingSlash = displayPath.hasPrefix("/")
        for component in relative.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, !last.isEmpty, last != ".." { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(component))
            }
        }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: "/")
        return leadingSlash ? "/" + joined : joined
    }

    func includedDocument(_ relative: String) -> Value? {
        if let cached = fileCache[relative] { return cached }
        var loaded: Value?
        let url = URL(fileURLWithPath: file.directory).appendingPathComponent(relative).standardizedFileURL
        let real = url.resolvingSymlinksInPath().path
        let lower = relative.lowercased()
        if real.hasPrefix(file.root + "/") || real == file.root,
            lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") || lower.hasSuffix(".json"),
            let data = FileManager.default.contents(atPath: real)
        {
            let displayPath = Self.joined(folderOf: file.displayPath, relative)
            if let text = try? parser.text(of: data, file: displayPath), let documents = try? parser.parse(text, file: displayPath) {
                loaded = documents.first
            }
        }
        fileCache[relative] = loaded
        return loaded
    }
}
