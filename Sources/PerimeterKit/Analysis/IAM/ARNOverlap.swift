/// Whether an ARN as a policy writes it could name a resource of a given ARN format from the Service Authorization
/// Reference, i.e. whether some concrete ARN fits both.
///
/// Deliberately simple reading of both sides (case-sensitive, as ARNs are; compared part by part, `arn`, partition,
/// service, region, account and resource, when both have all six):
/// - in the policy's ARN, `*` is any run of characters and `?` any one (IAM's resource wildcards); a `${...}`
///   placeholder (an IAM policy variable, or a `!Sub` variable left unresolved) stands for one ARN segment: any
///   run without `/` or `:`. A placeholder that is the whole ARN (`${TableArn}`) could be anything.
/// - in the format, a `${...}` placeholder stands for one segment too, except the one that ends the format: it may
///   hold `:` (`function:${FunctionName}` covers qualified function ARNs) and `/` (`${ObjectName}` is a key path),
///   unless another format of the service continues it after a `/` (`${BucketName}` is continued by the object's
///   `${BucketName}/${ObjectName}`, `table/${TableName}` by `table/${TableName}/index/...`): then the longer ARN is
///   that other type's. A literal `*` in a format (`.../queue/*`) is any run.
/// So `arn:aws:s3:::my-bucket` could be a `bucket`, not an `object`; `arn:aws:s3:::my-bucket/*` an `object`;
/// `arn:aws:s3:::my-bucket*` and `*` either.
enum ARNOverlap {
    /// One element of an ARN read as a pattern.
    enum Token: Equatable {
        case literal(UInt8)
        case anyOne
        case run(allowsSlash: Bool, allowsColon: Bool)

        static let anyRun = Token.run(allowsSlash: true, allowsColon: true)
        static let segment = Token.run(allowsSlash: false, allowsColon: false)

        var isRun: Bool {
            if case .run = self { return true }
            return false
        }

        /// Whether this run can take the other side's single character.
        func absorbs(_ single: Token) -> Bool {
            guard case .run(let allowsSlash, let allowsColon) = self else { return false }
            guard case .literal(let byte) = single else { return true }
            return (allowsSlash || byte != UInt8(ascii: "/")) && (allowsColon || byte != UInt8(ascii: ":"))
        }
    }

    /// `format`'s final placeholder may hold `/` (see above); `IAMResourceType` works this out per service.
    static func overlaps(format: String, finalPlaceholderHoldsSlash: Bool = true, arn: String) -> Bool {
        let wholePlaceholder = arn.hasPrefix("${") && arn.hasSuffix("}") && !arn.dropFirst(2).contains("$")
        if wholePlaceholder { return true }
        let finalPlaceholder = Token.run(allowsSlash: finalPlaceholderHoldsSlash, allowsColon: true)
        let formatParts = parts(format)
        let arnParts = parts(arn)
        guard formatParts.count == 6, arnParts.count == 6 else {
            // `*`, or something short of an ARN: compare whole strings.
            return overlap(tokens(format, finalPlaceholder: finalPlaceholder, wildcards: false), tokens(arn, finalPlaceholder: .segment, wildcards: true))
        }
        // Part by part, so that a `*` for the region or account does not reach into the resource.
        for index in 0..<6 {
            let formatTokens = tokens(formatParts[index], finalPlaceholder: index == 5 ? finalPlaceholder : .segment, wildcards: false)
            if !overlap(formatTokens, tokens(arnParts[index], finalPlaceholder: .segment, wildcards: true)) { return false }
        }
        return true
    }

    /// `arn`, partition, service, region, account, and the resource (which may hold more `:`); a `:` inside a
    /// `${...}` placeholder (`${AWS::Region}`) does not split.
    private static func parts(_ arn: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        for character in arn {
            if character == "{", previous == "$" {
                depth += 1
            } else if character == "}", depth > 0 {
                depth -= 1
            }
            if character == ":", depth == 0, parts.count < 5 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        return parts
    }

    /// For each of a service's formats, whether another one continues it after its final placeholder with a `/`
    /// (placeholder names aside): then that placeholder holds no `/`.
    static func continuedWithSlash(_ formats: [String]) -> [Bool] {
        let unnamed = formats.map(withoutPlaceholderNames)
        return unnamed.map { format in
            guard format.hasSuffix("}") else { return false }
            let stem = format + "/"
            return unnamed.contains { $0.hasPrefix(stem) }
        }
    }

    /// `format` with every `${Name}` reduced to `${}`.
    private static func withoutPlaceholderNames(_ format: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(format.utf8.count)
        var inPlaceholder = false
        var previous: UInt8 = 0
        for byte in format.utf8 {
            if inPlaceholder, byte != UInt8(ascii: "}") { continue }
            inPlaceholder = inPlaceholder ? false : (byte == UInt8(ascii: "{") && previous == UInt8(ascii: "$"))
            result.append(byte)
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func tokens(_ text: String, finalPlaceholder: Token, wildcards: Bool) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}"))
            {
                tokens.append(close == bytes.count - 1 ? finalPlaceholder : .segment)
                index = close + 1
                continue
            }
            if byte == UInt8(ascii: "*") {
                tokens.append(.anyRun)
            } else if byte == UInt8(ascii: "?"), wildcards {
                tokens.append(.anyOne)
            } else {
                tokens.append(.literal(byte))
            }
            index += 1
        }
        return tokens
    }

    /// True when some string is matched by both token sequences: a search over pairs of positions, where a run on
    /// either side may end, or take the other side's next single character.
    static func overlap(_ a: [Token], _ b: [Token]) -> Bool {
        let width = b.count + 1
        var seen = [Bool](repeating: false, count: (a.count + 1) * width)
        var pending = [(0, 0)]
        seen[0] = true
        func visit(_ i: Int, _ j: Int) {
            let key = i * width + j
            if !seen[key] {
                seen[key] = true
                pending.append((i, j))
            }
        }
        while let (i, j) = pending.popLast() {
            if i == a.count, j == b.count { return true }
            let left = i < a.count ? a[i] : nil
            let right = j < b.count ? b[j] : nil
            if let left, left.isRun {
                visit(i + 1, j)
                if let right, !right.isRun, left.absorbs(right) { visit(i, j + 1) }
            }
            if let right, right.isRun {
                visit(i, j + 1)
                if let left, !left.isRun, right.absorbs(left) { visit(i + 1, j) }
            }
            if let left, let right, !left.isRun, !right.isRun, singlesMatch(left, right) { visit(i + 1, j + 1) }
        }
        return false
    }

    private static func singlesMatch(_ left: Token, _ right: Token) -> Bool {
        if case .literal(let x) = left, case .literal(let y) = right { return x == y }
        return true
    }
}
