import ArgumentParser
import Foundation
import PerimeterKit

// Parsed by hand rather than with `PerimeterCommand.main()` so that every error is one line on stderr
// and usage errors exit 2 (ArgumentParser's default is 64).
do {
    var command = try PerimeterCommand.parseAsRoot()
    try command.run()
} catch let error as InputError {
    FileHandle.standardError.write(Data("perimeter: error: \(error)\n".utf8))
    exit(ExitStatus.inputError.rawValue)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    if PerimeterCommand.exitCode(for: error) == .success {
        // --help and --version.
        PerimeterCommand.exit(withError: error)
    }
    let message = PerimeterCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    FileHandle.standardError.write(Data("perimeter: error: \(message) (see perimeter help)\n".utf8))
    exit(ExitStatus.inputError.rawValue)
}
