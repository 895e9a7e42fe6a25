import ArgumentParser
import PerimeterKit

extension OutputFormat: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {}

extension FailThreshold: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    public static var allValueStrings: [String] { names }
}
