import ArgumentParser
import PerimeterKit

/// `perimeter rules`: every rule with its severity and practice.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let rules = RuleRegistry.all.map { $0.description }
        let text = format == .json ? RuleDocumentation.json(rules) : RuleDocumentation.table(rules)
        try ReportOutput(path: nil).write(text)
    }
}
