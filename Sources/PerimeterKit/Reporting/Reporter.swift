/// One output format: turns a report into the exact text written out. Reporters are pure, so the
/// same report always renders to the same bytes.
public protocol Reporter: Sendable {
    func render(_ report: ScanReport) -> String
}
