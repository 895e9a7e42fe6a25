/// Loads a CloudFormation or SAM template.
struct CloudFormationLoader {
    var file: String
    var origin: Origin
    var options: ScanOptions

    func load(_ document: Value) -> Application {
        Application()
    }
}
