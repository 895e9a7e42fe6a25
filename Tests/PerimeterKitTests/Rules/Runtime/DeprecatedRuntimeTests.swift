import Foundation
import Testing

@testable import PerimeterKit

/// The scan date decides the severity: past the deprecation date high, within 180 days medium, else nothing.
struct DeprecatedRuntimeTests {
    static let template = """
        service: orders
        provider:
          name: aws
          runtime: nodejs22.x
        functions:
          createOrder:
            handler: handler.create
          report:
            handler: report.main
            runtime: python3.12
        """

    func findings(on day: String) throws -> [Finding] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let now = try #require(formatter.date(from: day))
        let app = try TemporaryApp(files: [("serverless.yml", Self.template)])
        defer { app.remove() }
        let loaded = app.scan(rules: []).application
        return DeprecatedRuntime(now: now).findings(in: loaded).sorted()
    }

    @Test("nothing before the 180-day window")
    func early() throws {
        #expect(try findings(on: "2026-10-31").isEmpty)
    }

    @Test("medium within 180 days of the date")
    func upcoming() throws {
        let found = try findings(on: "2026-11-23")
        #expect(found.map(\.location.line) == [4])
        #expect(found.map(\.severity) == [.medium])
        #expect(found.first?.message.contains("2027-04-30") == true)
        #expect(found.first?.message.contains("createOrder, report") == false)
    }

    @Test("high once deprecated; a function's own runtime lands on its own line")
    func deprecated() throws {
        let found = try findings(on: "2028-06-01")
        #expect(found.map(\.location.line) == [4, 10])
        #expect(found.map(\.severity) == [.high, .medium])
    }

    @Test("every table row parses to a date")
    func table() {
        for runtime in RuntimeDeprecation.dates.keys {
            #expect(RuntimeDeprecation.date(of: runtime) != nil, "\(runtime)")
        }
        #expect(RuntimeDeprecation.date(of: "swift") == nil)
    }
}
