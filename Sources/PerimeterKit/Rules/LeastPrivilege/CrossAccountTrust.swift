/// A role trusting a whole other account, with nothing proving which caller in it is expected.
struct CrossAccountTrust: Rule {
    static let description = RuleDescription(
        id: "role-trust-cross-account",
        title: "Role trusts another account's root without an external id",
        severity: .medium,
        practice: .leastPrivilege,
        cwe: "CWE-284",
        owasp: "SAS-4: Over-Privileged Function Permissions and Roles",
        rationale: """
            Trusting `arn:aws:iam::<account>:root` lets every identity the other account's administrators allow assume \
            the role. When that account is a vendor's, any of its customers can ask it to act on your role (the confused \
            deputy); an `sts:ExternalId` condition, or `aws:PrincipalOrgID` for your own organisation, ties the trust to \
            the caller you expect.
            """,
        fix: "Trust the specific role ARN in the other account, and add a `sts:ExternalId` (vendors) or `aws:PrincipalOrgID` (your organisation) condition.",
        fixBefore: """
            - Effect: Allow
              Principal: { AWS: arn:aws:iam::210987654321:root }
              Action: sts:AssumeRole
            """,
        fixAfter: """
            - Effect: Allow
              Principal: { AWS: arn:aws:iam::210987654321:role/reporting }
              Action: sts:AssumeRole
              Condition:
                StringEquals:
                  sts:ExternalId: 6f1c9a0e-reporting
            """,
        nonTriggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  VendorRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: { AWS: arn:aws:iam::210987654321:root }
                            Action: sts:AssumeRole
                            Condition:
                              StringEquals:
                                sts:ExternalId: 6f1c9a0e-reporting
                          - Effect: Allow
                            Principal: { AWS: arn:aws:iam::210987654321:role/reporting }
                            Action: sts:AssumeRole
                          - Effect: Allow
                            Principal: { AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root' }
                            Action: sts:AssumeRole
                """, file: "template.yaml")
        ],
        triggeringExamples: [
            RuleExample(
                """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  VendorRole:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Statement:
                ↓          - Effect: Allow
                            Principal:
                              AWS:
                                - arn:aws:iam::210987654321:root
                            Action: sts:AssumeRole
                ↓          - Effect: Allow
                            Principal: { AWS: '345678901234' }
                            Action: sts:AssumeRole
                """, file: "template.yaml"),
            RuleExample(
                """
                service: orders
                provider:
                  name: aws
                  runtime: nodejs20.x
                functions:
                  hello:
                    handler: handler.hello
                    role: HelloRole
                resources:
                  Resources:
                    HelloRole:
                      Type: AWS::IAM::Role
                      Properties:
                        AssumeRolePolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: { Service: lambda.amazonaws.com }
                              Action: sts:AssumeRole
                ↓            - Effect: Allow
                              Principal: { AWS: 'arn:aws:iam::210987654321:root' }
                              Action: sts:AssumeRole
                """),
        ]
    )

    /// `arn:<partition>:iam::<12 digits>:root` or a bare account id: a whole account.
    static func accountRoot(_ principal: String) -> String? {
        let isAccountID = { (text: Substring) in text.count == 12 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) }
        if isAccountID(principal[...]) { return principal }
        let parts = principal.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[5] == "root", isAccountID(parts[4]) else { return nil }
        return String(parts[4])
    }

    func findings(in app: Application) -> [Finding] {
        app.inventory.trustStatements.compactMap { held in
            let statement = held.statement
            guard statement.isAllow,
                !NarrowingCondition.narrows(statement, keys: NarrowingCondition.crossAccountKeys)
            else { return nil }
            let accounts = (statement.principal?["AWS"]?.listOrSingle ?? []).compactMap { $0.string.flatMap(Self.accountRoot) }
            guard !accounts.isEmpty else { return nil }
            return finding(
                "\(held.holder.title) trusts every identity of account \(accounts.joined(separator: ", ")) with no sts:ExternalId or aws:PrincipalOrgID condition\(held.holder.usageSuffix)",
                at: statement.location, subject: held.holder.subject, notes: [held.holder.note])
        }
    }
}
