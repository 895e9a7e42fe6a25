import Yams

/// Keeps the node graph of a failed parse alive for the rest of the process.
///
/// Through aliases a graph can nest far deeper than libyaml's 1,000 levels (each anchor wrapping the
/// previous one), and releasing it frees node after node recursively, which overflows any stack. Only
/// failed parses of texts with aliases are kept, so what is kept is bounded by the files scanned.
final class AbandonedParse {
    private let parser: Parser?
    private let roots: [Node]

    private init(parser: Parser?, roots: [Node]) {
        self.parser = parser
        self.roots = roots
    }

    static func keep(_ parser: Parser?, _ roots: [Node]) {
        _ = Unmanaged.passRetained(AbandonedParse(parser: parser, roots: roots))
    }
}
