import Testing

@testable import PerimeterKit

struct SecretDetectorTests {
    @Test(
        "recognises known token formats anywhere in a string",
        arguments: [
            ("key=AKIAZ7Q4MPLR2XWN5TBE;", "an AWS access key id", "AKIAZ7Q4MPLR2XWN5TBE"),
            ("ASIAZ7Q4MPLR2XWN5TBE", "an AWS access key id", "ASIAZ7Q4MPLR2XWN5TBE"),
            ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn", "a private key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn"),
            ("token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "a GitHub token", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
            ("github_pat_11ABCDEFG0123456789_abcdefghij", "a GitHub token", "github_pat_11ABCDEFG0123456789_abcdefghij"),
            ("xoxp-2847561093-AbCdEfGhIj", "a Slack token", "xoxp-2847561093-AbCdEfGhIj"),
            ("sk_live_9Xq2Lm7Rt4Vb8Nc1Zd5Fh3Jk", "a Stripe live key", "sk_live_9Xq2Lm7Rt4Vb8Nc1Zd5Fh3Jk"),
            ("AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", "a Google API key", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"),
            (
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "a JSON Web Token",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
            ),
            ("Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345", "a bearer token", "Bearer abcdefghijklmnopqrstuvwxyz012345"),
        ])
    func knownFormats(text: String, kind: String, secret: String) throws {
        let match = try #require(SecretDetector.knownFormat(in: text))
        #expect(match.kind == kind)
        #expect(match.secret == secret)
    }

    @Test(
        "ignores look-alikes and documentation examples",
        arguments: [
            "AKIAIOSFODNN7EXAMPLE", "XAKIAZ7Q4MPLR2XWN5TBE", "AKIAZ7Q4MPLR2XWN5TBEX", "sk_test_9Xq2Lm7Rt4Vb8Nc1Zd5Fh3Jk",
            "ghp_short", "eyJhbGciOiJIUzI1NiJ9", "Bearer token", "-----BEGIN CERTIFICATE-----",
        ])
    func lookAlikes(text: String) {
        #expect(SecretDetector.knownFormat(in: text) == nil)
    }

    @Test("a literal under a credential name is a secret, placeholders included")
    func namedLiterals() {
        #expect(SecretDetector.match(name: "DB_PASSWORD", value: "changeme")?.kind == "a hard-coded db password")
        #expect(SecretDetector.match(name: "apiKey", value: "abc123")?.kind == "a hard-coded api key")
        #expect(SecretDetector.match(name: "JwtSecret", value: "x")?.secret == "x")
        #expect(SecretDetector.match(name: "SLACK_TOKEN", value: "YOUR_TOKEN_HERE") != nil)
    }

    @Test(
        "references, flags, counts, paths and unrelated names are not secrets",
        arguments: [
            ("DB_PASSWORD", ""), ("DB_PASSWORD", "   "), ("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:1:secret:db"),
            ("DB_PASSWORD", "{{resolve:secretsmanager:db:SecretString:password}}"), ("DB_PASSWORD", "${ssm:/db/password}"),
            ("DB_PASSWORD", "/prod/db/password"), ("API_TOKEN", "true"), ("API_TOKEN", "3600"),
            ("AUTH_TOKEN", "https://auth.example.com/token"), ("credentials", "~/.gcloud/keyfile.json"),
            ("task_token", "$$.Task.Token"), ("SECRET_ARN", "orders-db"), ("TOKEN_TABLE", "tokens"),
            ("PASSWORD_MIN_LENGTH", "12"), ("TABLE_NAME", "9fK2xQ7mZp4Lr8Vt1Wc6Yh3Bn5Jd0Gs"), ("KEY_ID", "9fK2xQ7mZp4Lr8Vt1Wc6Yh3Bn5Jd0Gs"),
        ])
    func notSecrets(name: String, value: String) {
        #expect(SecretDetector.match(name: name, value: value) == nil)
    }

    @Test("random key material under a key-like name")
    func highEntropy() {
        #expect(SecretDetector.match(name: "SIGNING_KEY_VALUE", value: "9fK2xQ7mZp4Lr8Vt1Wc6Yh3Bn5Jd0Gs")?.kind == "a high-entropy value")
        #expect(SecretDetector.match(name: "HMAC_KEY_MATERIAL", value: "3f9a0c7d2b5e8f1a4c6d9e0b7a2f5c8d")?.kind == "a high-entropy value")
        // Long, but a readable identifier: low entropy and no digits.
        #expect(SecretDetector.match(name: "SIGNING_KEY_VALUE", value: "orders-service-signing-key") == nil)
        #expect(SecretDetector.match(name: "SIGNING_KEY_VALUE", value: "aaaaaaaaaaaaaaaaaaaaaaaa1") == nil)
    }

    @Test("a 40-character AWS secret key under an AWS-ish name")
    func awsSecretKey() {
        let key = "Zq8mN3vR7tY1wK5pL9xC2bH6jD4fG0sA8eU3iO7y"
        #expect(key.count == 40)
        #expect(SecretDetector.match(name: "AWS_SECRET_ACCESS_KEY", value: key)?.kind == "an AWS secret access key")
        #expect(SecretDetector.match(name: "aws_secret", value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")?.kind != "an AWS secret access key")
    }

    @Test("entropy: uniform alphabets score log2 of their size, repetition scores zero")
    func entropy() {
        #expect(ShannonEntropy.bitsPerCharacter("") == 0)
        #expect(ShannonEntropy.bitsPerCharacter("aaaa") == 0)
        #expect(abs(ShannonEntropy.bitsPerCharacter("abcd") - 2) < 1e-9)
        #expect(abs(ShannonEntropy.bitsPerCharacter("0123456789abcdef") - 4) < 1e-9)
    }

    @Test("names split into words and end in a credential word")
    func credentialNames() {
        #expect(CredentialName.words("DBPassword") == ["db", "password"])
        #expect(CredentialName.words("apiKey") == ["api", "key"])
        #expect(CredentialName.words("STRIPE_SECRET_KEY") == ["stripe", "secret", "key"])
        #expect(CredentialName.words("${ssm:/orders/db-password}") == ["ssm", "orders", "db", "password"])
        for name in ["DB_PASSWORD", "apiKey", "APIKEY", "privateKey", "JWT_SECRET", "GitHubOAuthToken", "ClientSecret", "SecretString"] {
            #expect(CredentialName.isCredential(name), "\(name)")
        }
        for name in ["SECRET_ARN", "TOKEN_TABLE", "PASSWORD_MIN_LENGTH", "ApiKeyRequired", "AWS_ACCESS_KEY_ID", "S3_KEY", "ServiceName"] {
            #expect(!CredentialName.isCredential(name), "\(name)")
        }
        #expect(CredentialName.suggestsCredential("ENCRYPTION_SALT"))
        #expect(!CredentialName.suggestsCredential("S3_KEY_PREFIX"))
    }
}
