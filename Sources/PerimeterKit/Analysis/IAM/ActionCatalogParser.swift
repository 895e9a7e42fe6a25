import Foundation

/// Reads the catalogue file written by scripts/update-iam-catalog (its format is described there and in
/// Resources/README.md): one pass over the bytes, building each service's tables as its records arrive.
struct ActionCatalogParser {
    struct Parsed {
        var header: [String: String] = [:]
        var services: [IAMService] = []
    }

    static let formatVersion = "1"

    static func parse(_ bytes: [UInt8]) throws(ActionCatalogError) -> Parsed {
        // Through a buffer pointer and memchr: a plain loop over the array is several times slower in debug builds,
        // which the tests run.
        try bytes.withUnsafeBufferPointer { (buffer) throws(ActionCatalogError) in try parse(buffer) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ActionCatalogError) -> Parsed {
        var parsed = Parsed()
        // The service whose records are being read; its tables grow in place (no copies held while appending).
        var prefix: String?
        var name = ""
        var conditionKeys: [String] = []
        var resourceTypes: [IAMResourceType] = []
        var actions: [IAMAction] = []
        var lowercasedNames: [String] = []
        var resourceTypesSettled = false
        var lineNumber = 0
        var lineStart = 0
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        // Once all the service's resource types are read (they precede its actions): which formats another one
        // continues after a `/`.
        func settleResourceTypes() {
            guard !resourceTypesSettled else { return }
            let continued = ARNOverlap.continuedWithSlash(resourceTypes.map(\.arnFormat))
            resourceTypes = zip(resourceTypes, continued).map { $0.with(finalPlaceholderHoldsSlash: !$1) }
            resourceTypesSettled = true
        }

        func finishService() {
            guard let prefix else { return }
            settleResourceTypes()
            parsed.services.append(
                IAMService(
                    prefix: prefix, name: name, actions: actions, lowercasedNames: lowercasedNames, resourceTypes: resourceTypes,
                    conditionKeys: conditionKeys))
            conditionKeys = []
            resourceTypes = []
            actions = []
            lowercasedNames = []
            resourceTypesSettled = false
        }

        /// The position of the next `byte` from `start` before `end`, or `end`.
        func next(_ byte: UInt8, from start: Int, before end: Int) -> Int {
            guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return end }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        func malformed(_ reason: String) -> ActionCatalogError {
            .malformed(line: lineNumber, reason: reason)
        }

        func indices(_ range: Range<Int>, limit: Int, _ each: (Int, Bool) -> Void) throws(ActionCatalogError) {
            var value = 0
            var digits = 0
            var required = false
            var position = range.lowerBound
            while position <= range.upperBound {
                let byte = position < range.upperBound ? bytes[position] : UInt8(ascii: ",")
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    digits += 1
                case UInt8(ascii: "!"):
                    required = true
                case UInt8(ascii: ","):
                    if digits > 0 {
                        guard value < limit else { throw malformed("index \(value) beyond its table of \(limit)") }
                        each(value, required)
                    } else if position < range.upperBound || required {
                        throw malformed("empty index in a list")
                    }
                    value = 0
                    digits = 0
                    required = false
                default:
                    throw malformed("unexpected character in an index list")
                }
                position += 1
            }
        }

        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = next(newline, from: lineStart, before: bytes.count)
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            while true {
                let fieldEnd = next(tab, from: fieldStart, before: lineEnd)
                fields.append(fieldStart..<fieldEnd)
                if fieldEnd == lineEnd { break }
                fieldStart = fieldEnd + 1
            }

            if lineNumber == 1 {
                guard text(fields[0]) == "#iam-catalog", fields.count > 1, text(fields[1]) == formatVersion else {
                    throw malformed("not an IAM catalogue of format \(formatVersion)")
                }
                for field in fields.dropFirst(2) {
                    let entry = text(field)
                    if let equals = entry.firstIndex(of: "=") {
                        parsed.header[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
                    }
                }
                continue
            }
            guard fields[0].count == 1 else { throw malformed("unknown record") }
            switch bytes[fields[0].lowerBound] {
            case UInt8(ascii: "S"):
                guard fields.count == 3 else { throw malformed("a service needs a prefix and a name") }
                finishService()
                prefix = text(fields[1])
                name = text(fields[2])
            case UInt8(ascii: "K"):
                guard fields.count == 2, prefix != nil else { throw malformed("a condition key outside a service") }
                conditionKeys.append(text(fields[1]))
            case UInt8(ascii: "R"):
                guard fields.count == 4, prefix != nil, !resourceTypesSettled else {
                    throw malformed("a resource type outside a service, or after its actions")
                }
                var keys: [String] = []
                try indices(fields[3], limit: conditionKeys.count) { index, _ in keys.append(conditionKeys[index]) }
                let type = IAMResourceType(name: text(fields[1]), arnFormat: text(fields[2]), required: false, conditionKeys: keys)
                resourceTypes.append(type)
            case UInt8(ascii: "A"):
                guard fields.count == 5, let prefix else { throw malformed("an action outside a service") }
                guard fields[2].count == 1, let level = AccessLevel(code: bytes[fields[2].lowerBound]) else {
                    throw malformed("unknown access level")
                }
                settleResourceTypes()
                var types: [IAMResourceType] = []
                try indices(fields[3], limit: resourceTypes.count) { index, required in types.append(resourceTypes[index].with(required: required)) }
                var keys: [String] = []
                try indices(fields[4], limit: conditionKeys.count) { index, _ in keys.append(conditionKeys[index]) }
                let actionName = text(fields[1])
                actions.append(IAMAction(service: prefix, name: actionName, accessLevel: level, resourceTypes: types, conditionKeys: keys))
                lowercasedNames.append(actionName.lowercased())
            default:
                throw malformed("unknown record")
            }
        }
        finishService()
        guard lineNumber > 0 else { throw .malformed(line: 1, reason: "empty file") }
        return parsed
    }
}
