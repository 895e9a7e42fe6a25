/// A function given more than 3,008 MB: each invocation bills at several times the usual rate.
struct FunctionMemoryUnbounded: Rule {
    /// Lambda's maximum before December 2020, and still more than nearly every API handler needs.
    static let largeMemory = 3008

    static let description = RuleDescription(
        id: "function-memory-unbounded",
        title: "Function memory above 3,008 MB",
        severity: .low,
        practice: .functionPerimeter,
        cwe: "CWE-400",
        owasp: "SAS-8: Denial of Service & Financial Resource Exhaustion",
        rationale: """
            Lambda bills memory × duration, so memory multiplies what every invocation costs, including \
            those an attacker drives. Functions configured above 3,008 MB (up to 10,240 MB) cost three to \
            ten times a typical 1,024 MB function per millisecond; that is right for a measured, CPU-bound \
            workload, and a large denial-of-wallet multiplier when it was set \"to be safe\". Only written \
            values are checked; the default is 128 MB (Serverless Framework 1,024 MB).
            """,
        fix: """
            Measure the function (CloudWatch `Max Memory Used`, AWS Lambda Power Tuning) and set the \
            smallest memory that meets its latency goal. Where the large size is deliberate, say so with \
            `# perimeter:ignore function-memory-unbounded <reason>` on the line.
            """,
        fixBefore: """
            functions:
              resizeImage:
                handler: src/resize.handler
                memorySize: 10240
            """,
        fixAfter: """
            functions:
              resizeImage:
                handler: src/resize.handler
                memorySize: 1769
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: images
                provider:
                  name: aws
                  runtime: nodejs20.x
                  memorySize: 1024
                functions:
                  resize:
                    handler: src/resize.handler
                    memorySize: 3008
                  thumbnail:
                    handler: src/thumbnail.handler
                  transcode:
                    handler: src/transcode.handler
                    # perimeter:ignore function-memory-unbounded ffmpeg needs 6 vCPUs, measured with Power Tuning
                    memorySize: 10240
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    MemorySize: 512
                Resources:
                  ResizeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: images
                provider:
                  name: aws
                  runtime: nodejs20.x
                ↓  memorySize: 4096
                functions:
                  resize:
                    handler: src/resize.handler
                  thumbnail:
                    handler: src/thumbnail.handler
                  transcode:
                    handler: src/transcode.handler
                ↓    memorySize: 10240
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  ResizeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Runtime: python3.12
                      CodeUri: src/
                ↓      MemorySize: 8192
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        var places: [(location: SourceLocation, item: (function: Function, megabytes: Int))] = []
        for function in app.functions {
            guard let memory = function.memorySize, let megabytes = memory.int, megabytes > Self.largeMemory else { continue }
            places.append((memory.location, (function, megabytes)))
        }
        return LocatedGroups.grouped(places).map { place in
            let megabytes = place.items.first?.megabytes ?? 0
            return finding(
                "\(megabytes) MB of memory for \(LocatedGroups.list(place.items.map(\.function.name))): every invocation, wanted or not, bills at \(megabytes / 1024)× the rate of a 1 GB function",
                at: place.location, subject: "function:\(place.items.first?.function.name ?? "")")
        }
    }
}
