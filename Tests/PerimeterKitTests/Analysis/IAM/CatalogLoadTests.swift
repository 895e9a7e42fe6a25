import Foundation
import Testing

@testable import PerimeterKit

/// Reading the catalogue: how fast, and what a broken file says. `swift test -c release --filter CatalogLoad`
/// prints the release timing.
struct CatalogLoadTests {
    @Test("the bundled catalogue parses in well under 200 ms (debug)")
    func loadTime() throws {
        let url = try ActionCatalog.bundledCatalogURL()
        let bytes = try [UInt8](Data(contentsOf: url))
        let clock = ContinuousClock()
        var best = Duration.seconds(60)
        var catalogs: [ActionCatalog] = []  // kept, so that freeing one is not timed with parsing the next
        for _ in 0..<3 {
            let start = clock.now
            catalogs.append(try ActionCatalog(bytes: bytes))
            best = min(best, clock.now - start)
        }
        let readStart = clock.now
        catalogs.append(try ActionCatalog(contentsOf: url))
        let withRead = clock.now - readStart
        print("IAM catalogue: \(catalogs[0].actionCount) actions from \(bytes.count) bytes, parsed in \(best) (best of 3), read and parsed in \(withRead)")
        #expect(best < .milliseconds(200))
    }

    @Test(
        "a malformed catalogue names the line",
        arguments: [
            ("not a catalogue\n", 1),
            ("#iam-catalog\t2\n", 1),
            ("#iam-catalog\t1\nA\tGetObject\tR\t\t\n", 2),
            ("#iam-catalog\t1\nS\ts3\tAmazon S3\nA\tGetObject\tX\t\t\n", 3),
            ("#iam-catalog\t1\nS\ts3\tAmazon S3\nA\tGetObject\tR\t0\t\n", 3),
            ("#iam-catalog\t1\nS\ts3\tAmazon S3\nK\ts3:x\nA\tGetObject\tR\t\t1\n", 4),
            ("#iam-catalog\t1\nS\ts3\tAmazon S3\nQ\tx\n", 3),
            ("", 1),
        ])
    func malformed(text: String, line: Int) {
        #expect {
            try ActionCatalog(bytes: Array(text.utf8))
        } throws: { error in
            guard case .malformed(let reported, _) = error as? ActionCatalogError else { return false }
            return reported == line
        }
    }

    @Test("a small well-formed catalogue")
    func smallCatalogue() throws {
        let text = """
            #iam-catalog\t1\tpolicy_sentry=9.9.9\tgenerated=2026-01-02
            S\ts3\tAmazon S3
            K\ts3:ExistingObjectTag/${TagKey}
            R\tobject\tarn:${Partition}:s3:::${BucketName}/${ObjectName}\t0
            A\tGetObject\tR\t0!\t0
            A\tListAllMyBuckets\tL\t\t

            """
        let catalog = try ActionCatalog(bytes: Array(text.utf8))
        #expect(catalog.policySentryVersion == "9.9.9" && catalog.generated == "2026-01-02")
        let getObject = try #require(catalog.action("s3:getobject"))
        #expect(getObject.accessLevel == .read && getObject.conditionKeys == ["s3:ExistingObjectTag/${TagKey}"])
        #expect(
            getObject.resourceTypes == [
                IAMResourceType(name: "object", arnFormat: "arn:${Partition}:s3:::${BucketName}/${ObjectName}", required: true, conditionKeys: ["s3:ExistingObjectTag/${TagKey}"])
            ])
        #expect(catalog.action("s3:ListAllMyBuckets")?.resourceTypes == [])
        #expect(catalog.expand("*").map(\.name) == ["GetObject", "ListAllMyBuckets"])
    }
}
