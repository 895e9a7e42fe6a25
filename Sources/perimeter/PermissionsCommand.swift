import ArgumentParser
import Foundation
import PerimeterKit

/// `perimeter permissions [PATH...]`: what each function may do, by service and access level.
struct PermissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: "Show each function's effective permissions.",
        discussion: """
            Reads the templates like `perimeter scan` and lists, per function, its role and what the role \
            allows after Deny statements and permissions boundaries, grouped by service and access level, \
            with the resources (stack resources by name where they can be told). ⚠ marks permissions \
            management and actions of known privilege-escalation methods. Exits 0, or 2 when a file could \
            not be read or parsed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: ScanInputOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let filter = input.filter(config: try input.loadConfig(), minSeverity: nil, baseline: nil)
        let (application, files) = ScanPipeline(options: input.scanOptions(filter: filter)).load()
        ProcessLifetime.keep((application, files))
        let report = PermissionsReport(application: application)
        try ReportOutput(path: nil).write(format == .json ? report.json : PermissionsTextRenderer().render(report))
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data("perimeter: error: \(diagnostic)\n".utf8))
        }
        if !report.isComplete { throw ExitCode(ExitStatus.inputError.rawValue) }
    }
}
