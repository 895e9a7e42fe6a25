import Testing

@testable import PerimeterKit

struct InlineSuppressionTests {
    static let template = """
        service: shop
        provider:
          name: aws
        functions:
          # perimeter:ignore test-function-without-timeout runs under a minute by design
          createOrder:
            handler: src/orders.create
          listOrders: # perimeter:ignore other-rule, test-function-without-timeout reviewed
            handler: src/orders.list
          pay:  # perimeter:ignore other-rule not this one
            handler: src/pay.main
          refund:
            handler: src/refund.main
          # perimeter:ignore all legacy
          archive:
            handler: src/archive.main
        """

    @Test("an ignore comment on the line or the line above hides that rule's finding, and only that")
    func suppression() throws {
        let app = try TemporaryApp(files: [("serverless.yml", Self.template)])
        defer { app.remove() }
        let result = app.scan(rules: [FunctionWithoutTimeoutRule.self])
        #expect(result.diagnostics.isEmpty)
        #expect(app.findingLines(result) == ["serverless.yml:10", "serverless.yml:12"])
        #expect(result.findings.map(\.message) == ["function 'pay' has no timeout", "function 'refund' has no timeout"])
    }
}
