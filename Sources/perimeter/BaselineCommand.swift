import ArgumentParser
import Foundation
import PerimeterKit

/// `perimeter baseline [PATH...]`: record today's findings so later scans with `--baseline` report only new ones.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record the current findings in a baseline file.",
        discussion: """
            Scans like `perimeter scan` (the config's skip-rules, severity and ignore-paths apply) and writes \
            the findings' fingerprints. Later, `perimeter scan --baseline FILE` hides them. Scan the same \
            paths both times: fingerprints include the file path as shown.
            """)

    @OptionGroup var input: ScanInputOptions

    @Option(help: "Where to write the baseline.")
    var output = Baseline.defaultFileName

    func run() throws {
        let config = try input.loadConfig()
        let report = input.scan(filter: input.filter(config: config, minSeverity: nil, baseline: nil))
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data("perimeter: error: \(diagnostic)\n".utf8))
        }
        guard report.diagnostics.isEmpty else {
            // A baseline of a partial scan would let the unread files' findings through later as new.
            throw InputError("not written: fix the files above first, or leave them out with ignore-paths", at: SourceLocation(file: output, line: 1))
        }
        try ReportOutput(path: output).write(String(decoding: Baseline(findings: report.findings).encoded(), as: UTF8.self))
        let count = report.findings.count
        FileHandle.standardError.write(Data("perimeter: recorded \(count) finding\(count == 1 ? "" : "s") in \(output)\n".utf8))
    }
}
