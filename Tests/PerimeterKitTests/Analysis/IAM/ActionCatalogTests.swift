import Foundation
import Testing

@testable import PerimeterKit

/// The bundled IAM action catalogue: lookups, access levels, unknown actions.
struct ActionCatalogTests {
    let catalog = ActionCatalog.shared

    @Test("the bundled catalogue loads, with its provenance")
    func loads() throws {
        _ = try ActionCatalog.bundled.get()
        #expect(!catalog.isEmpty)
        #expect(catalog.actionCount > 15_000)
        #expect(catalog.services.count > 400)
        #expect(catalog.policySentryVersion.first?.isNumber == true)
        #expect(catalog.generated.count == 10)
    }

    @Test(
        "access levels of known actions",
        arguments: [
            ("s3:GetObject", AccessLevel.read), ("iam:PutRolePolicy", .permissionsManagement), ("s3:ListBucket", .list),
            ("s3:PutObjectTagging", .tagging), ("s3:PutObject", .write), ("iam:PassRole", .permissionsManagement),
            ("dynamodb:Query", .read), ("lambda:InvokeFunction", .write), ("kms:CreateGrant", .permissionsManagement),
            ("ec2:DescribeInstances", .list), ("sqs:SendMessage", .write), ("iam:TagRole", .tagging),
        ])
    func accessLevels(action: String, level: AccessLevel) throws {
        let info = try #require(catalog.action(action))
        #expect(info.accessLevel == level)
        #expect(info.fullName == action)
    }

    @Test("access levels order by danger")
    func accessLevelOrder() {
        #expect(AccessLevel.list < .read && AccessLevel.read < .tagging && AccessLevel.tagging < .write)
        #expect(AccessLevel.write < .permissionsManagement)
        #expect([AccessLevel.write, .list, .permissionsManagement].max() == .permissionsManagement)
    }

    @Test("lookups ignore case and keep AWS's spelling")
    func caseInsensitive() throws {
        let info = try #require(catalog.action("S3:getobject"))
        #expect(info.service == "s3" && info.name == "GetObject")
        #expect(catalog.action("DynamoDB:PUTITEM")?.fullName == "dynamodb:PutItem")
        #expect(catalog.service("S3")?.prefix == "s3")
        #expect(catalog.service("s3")?.name == "Amazon S3")
        #expect(catalog.service("s3")?.action(named: "LISTBUCKET")?.name == "ListBucket")
    }

    @Test("unknown services, actions and patterns", arguments: ["s3:GetObjectz", "s4:GetObject", "dynamo:PutItem", "s3:", "s3", ":GetObject", "", "s3:Get*"])
    func unknown(name: String) {
        #expect(catalog.action(name) == nil)
    }

    @Test("isKnown: false for typos and wildcards that match nothing")
    func isKnown() {
        for pattern in ["s3:GetObject", "S3:getobject", "s3:Get*", "*", "*:*", "s3:*", "lambda:?nvoke*", "dynamodb:*Item"] {
            #expect(catalog.isKnown(pattern), "\(pattern)")
        }
        for pattern in ["s3:GetObjectz", "dynamo:PutItem", "s4:*", "s3:GetObjectz*", "s3:Get.Object", "s3:Get[O]bject", "s3:", ""] {
            #expect(!catalog.isKnown(pattern), "\(pattern)")
        }
    }

    @Test("resource types and condition keys of an action")
    func resourceTypes() throws {
        let getObject = try #require(catalog.action("s3:GetObject"))
        let object = try #require(getObject.resourceTypes.first { $0.name == "object" })
        #expect(object.arnFormat == "arn:${Partition}:s3:::${BucketName}/${ObjectName}")
        #expect(getObject.conditionKeys.contains("s3:ExistingObjectTag/<key>"))
        let listAll = try #require(catalog.action("s3:ListAllMyBuckets"))
        #expect(listAll.resourceTypes.isEmpty)
        let passRole = try #require(catalog.action("iam:PassRole"))
        #expect(passRole.resourceTypes.map(\.name) == ["role"] && passRole.resourceTypes.allSatisfy(\.required))
        #expect(passRole.conditionKeys.contains("iam:PassedToService"))
    }

    @Test("which resource types an ARN could be")
    func resourceTypesMatchingARN() throws {
        let getObject = try #require(catalog.action("s3:GetObject"))
        #expect(getObject.resourceTypes(matching: "arn:aws:s3:::orders/*").map(\.name) == ["object"])
        #expect(getObject.resourceTypes(matching: "arn:aws:s3:::orders").isEmpty)
        #expect(getObject.resourceTypes(matching: "*").map(\.name).contains("object"))
        let listBucket = try #require(catalog.action("s3:ListBucket"))
        #expect(listBucket.resourceTypes(matching: "arn:aws:s3:::orders").map(\.name) == ["bucket"])
        #expect(listBucket.resourceTypes(matching: "arn:aws:s3:::orders/*").isEmpty)
        let putItem = try #require(catalog.action("dynamodb:PutItem"))
        #expect(putItem.resourceTypes(matching: "arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders").map(\.name) == ["table"])
        #expect(putItem.resourceTypes(matching: "${OrdersTableArn}").map(\.name) == ["table"])
        #expect(putItem.resourceTypes(matching: "arn:aws:sqs:us-east-1:123456789012:orders").isEmpty)
        let invoke = try #require(catalog.action("lambda:InvokeFunction"))
        #expect(invoke.resourceTypes(matching: "arn:aws:lambda:eu-west-1:123456789012:function:orders:live").map(\.name) == ["function"])
        let query = try #require(catalog.action("dynamodb:Query"))
        #expect(query.resourceTypes(matching: "arn:aws:dynamodb:*:*:table/Orders/index/*").map(\.name) == ["index"])
        #expect(query.resourceTypes(matching: "arn:aws:dynamodb:*:*:table/Orders").map(\.name) == ["table"])
    }
}
