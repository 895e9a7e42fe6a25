import Testing

@testable import PerimeterKit

/// Expanding IAM action patterns: `*` any run, `?` one character, case-insensitive, everything else literal.
struct ActionCatalogExpansionTests {
    let catalog = ActionCatalog.shared

    func names(_ pattern: String) -> [String] {
        catalog.expand(pattern).map(\.fullName)
    }

    @Test("a concrete action expands to itself, in AWS's spelling")
    func concrete() {
        #expect(names("s3:GetObject") == ["s3:GetObject"])
        #expect(names("S3:getobject") == ["s3:GetObject"])
        #expect(names("s3:GetObjectz").isEmpty)
    }

    @Test("`*` alone and `*:*` are every action; `service:*` the whole service")
    func wholeServices() throws {
        #expect(catalog.expand("*").count == catalog.actionCount)
        #expect(catalog.expand("*:*").count == catalog.actionCount)
        let s3 = try #require(catalog.service("s3"))
        #expect(names("s3:*") == s3.actions.map(\.fullName))
        #expect(names("S3:*") == names("s3:*"))
    }

    @Test("`*` in the middle matches any run, including none")
    func middleStar() {
        let messages = names("sqs:*Message*")
        #expect(messages.contains("sqs:SendMessage") && messages.contains("sqs:ReceiveMessage"))
        #expect(messages.contains("sqs:ChangeMessageVisibility"))
        #expect(!messages.contains("sqs:CreateQueue"))
        let items = names("dynamodb:*Item")
        #expect(items.contains("dynamodb:PutItem") && items.contains("dynamodb:GetItem"))
        #expect(items.contains("dynamodb:BatchGetItem"))
        #expect(!items.contains("dynamodb:TransactWriteItems"))
        #expect(names("s3:Get*Acl").allSatisfy { $0.hasPrefix("s3:Get") && $0.hasSuffix("Acl") })
        #expect(names("s3:Get*Acl").contains("s3:GetObjectAcl"))
    }

    @Test("`?` matches exactly one character")
    func questionMark() {
        #expect(names("lambda:?nvokeFunction") == ["lambda:InvokeFunction"])
        #expect(names("lambda:?nvoke*").contains("lambda:InvokeFunctionUrl"))
        #expect(names("lambda:??nvokeFunction").isEmpty)
        #expect(names("s3:GetObjec?") == ["s3:GetObject"])
        #expect(names("s3:GetObjec??").isEmpty)
        #expect(names("s3:GetObject???") == ["s3:GetObjectAcl"])
        #expect(names("iam:Pass?ole") == ["iam:PassRole"])
    }

    @Test("case is ignored on both sides of the colon")
    func mixedCase() {
        #expect(names("DynamoDB:Put*") == names("dynamodb:put*"))
        #expect(names("DynamoDB:Put*").contains("dynamodb:PutItem"))
        #expect(names("EC2:describe*") == names("ec2:Describe*"))
    }

    @Test("regular-expression characters are literal")
    func literalCharacters() {
        for pattern in ["s3:Get.Object", "s3:Get.*", "s3:GetObject+", "s3:Get[O]bject", "s3:Get[O]bject*", "s3:Get(Object)", "s3:Get^*", "s3:Get$*", "s3:Get\\*", "s3:Get|Put*"] {
            #expect(names(pattern).isEmpty, "\(pattern)")
        }
    }

    @Test("wildcards in the service prefix match across services")
    func serviceWildcards() {
        let s3Like = Set(catalog.expand("s3*:Get*").map(\.service))
        #expect(s3Like.contains("s3") && s3Like.contains("s3-object-lambda"))
        #expect(names("dynamo*:PutItem") == ["dynamodb:PutItem"])
        #expect(names("*:?utObject").contains("s3:PutObject"))
    }

    @Test("unknown services expand to nothing")
    func unknownServices() {
        #expect(names("s4:*").isEmpty && names("s4:Get*").isEmpty && names("dynamo:Put*").isEmpty)
    }
}
