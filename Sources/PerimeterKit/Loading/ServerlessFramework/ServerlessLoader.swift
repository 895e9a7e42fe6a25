/// Loads a Serverless Framework service (v1–v4 syntax).
struct ServerlessLoader {
    var file: SourceFile
    var options: ScanOptions

    func load(_ document: Value) -> Application {
        Application()
    }
}
