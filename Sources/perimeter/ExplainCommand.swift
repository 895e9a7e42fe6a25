import ArgumentParser
import PerimeterKit

/// `perimeter explain ID`: what a rule checks, why, how to fix it, and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule.")

    @Argument(help: "A rule id, as `perimeter rules` lists it.")
    var id: String

    func validate() throws {
        guard RuleRegistry.rule(id: id) != nil else {
            throw ValidationError("unknown rule '\(id)'; run `perimeter rules` to list rule ids")
        }
    }

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else { throw ExitCode(ExitStatus.inputError.rawValue) }
        try ReportOutput(path: nil).write(RuleDocumentation.explanation(rule.description))
    }
}
