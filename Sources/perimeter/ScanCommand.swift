import ArgumentParser
import Foundation
import PerimeterKit

/// `perimeter scan [PATH...]`: scan, filter, report, and exit by what was found.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan templates for security problems.",
        discussion: """
            Finds serverless.yml, SAM and CloudFormation templates under each path and reports findings. \
            Exits 0 when nothing at or above --fail-on was found, 1 when something was, and 2 on a usage \
            error or when a file could not be read or parsed (the other files are still scanned).
            """)

    @OptionGroup var input: ScanInputOptions

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Exit 1 when a finding is at or above this severity (critical, high, medium, low, info, none; default high).")
    var failOn: FailThreshold?

    @Option(help: "Leave out findings below this severity.")
    var minSeverity: Severity?

    @Option(help: "Hide the findings recorded in this baseline file (see `perimeter baseline`).")
    var baseline: String?

    @Flag(help: "Never colour the text output.")
    var noColor = false

    func run() throws {
        let config = try input.loadConfig()
        let baseline = try self.baseline.map { path throws(InputError) in try Baseline.load(path: path) }
        let filter = input.filter(config: config, minSeverity: minSeverity, baseline: baseline)
        let report = input.scan(filter: filter)

        let destination = ReportOutput(path: output)
        let colored = format == .text && TerminalColor.configure(for: destination, noColor: noColor)
        try destination.write(format.reporter(colored: colored, sourceRoot: FileManager.default.currentDirectoryPath).render(report))
        if !(format == .text && destination.isStandardOutput) {
            // The report holds them too, but a CI log should show why the run failed.
            for diagnostic in report.diagnostics {
                FileHandle.standardError.write(Data("perimeter: error: \(diagnostic)\n".utf8))
            }
        }
        let status = ExitStatus.of(findings: report.findings, diagnostics: report.diagnostics, failOn: failOn ?? config.failOn ?? .standard)
        if status != .passed { throw ExitCode(status.rawValue) }
    }
}
