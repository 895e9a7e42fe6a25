/// A cheap upper bound of a YAML/JSON text's nesting depth, computed before the real parser runs.
///
/// Yams composes recursively, so a file nested 10,000 deep would exhaust the stack before any limit
/// inside the parser could apply. Flow nesting is bounded by open brackets; block nesting by each
/// line's indentation plus its `- ` prefixes. The sum bounds the real depth (quoted brackets can only
/// over-estimate it). Hand-written: no listed package offers a non-recursive depth check.
struct NestingEstimate {
    /// Returns the 1-based line where the estimate first exceeds `limit`, or nil.
    static func firstLineExceeding(_ limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var line = 1
        var flowDepth = 0
        var atLineStart = true
        var indent = 0
        var dashes = 0
        var inDouble = false
        var inComment = false
        var previous: UInt8 = 10
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 10 {
                line += 1
                atLineStart = true
                indent = 0
                dashes = 0
                inComment = false
                previous = byte
                index += 1
                continue
            }
            if inComment {
                index += 1
                continue
            }
            if atLineStart {
                if byte == 32 {
                    indent += 1
                } else if byte == 45, index + 1 < count, bytes[index + 1] == 32 || bytes[index + 1] == 10 {
                    dashes += 1
                    indent += 1
                } else {
                    atLineStart = false
                    if indent + dashes + flowDepth > limit { return line }
                }
                if atLineStart {
                    previous = byte
                    index += 1
                    continue
                }
            }
            if inDouble {
                if byte == 92 {
                    index += 2
                    continue
                }
                if byte == 34 { inDouble = false }
            } else {
                switch byte {
                case 34: inDouble = true
                case 35 where previous == 32 || previous == 9: inComment = true
                case 91, 123:
                    flowDepth += 1
                    if indent + dashes + flowDepth > limit { return line }
                case 93, 125: flowDepth = max(0, flowDepth - 1)
                default: break
                }
            }
            previous = byte
            index += 1
        }
        return nil
    }
}
