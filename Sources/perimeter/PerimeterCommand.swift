import ArgumentParser
import PerimeterKit

/// The `perimeter` command: subcommands do the work; `perimeter PATH` is `perimeter scan PATH`.
struct PerimeterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perimeter",
        abstract: "Checks serverless applications (Serverless Framework, SAM, CloudFormation) against serverless security practices.",
        discussion: """
            Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 a usage error or \
            a file that could not be read or parsed.
            """,
        version: PerimeterVersion.current,
        subcommands: [ScanCommand.self, PermissionsCommand.self, RulesCommand.self, ExplainCommand.self, BaselineCommand.self],
        defaultSubcommand: ScanCommand.self)
}
