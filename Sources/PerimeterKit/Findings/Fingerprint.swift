/// A short, stable hash for baselines and SARIF `partialFingerprints`.
///
/// Hand-written 64-bit FNV-1a twice (two seeds → 128 bits): it needs no cryptographic strength, and
/// pulling swift-crypto's BoringSSL into the build for it would double CI build time.
enum Fingerprint {
    static func of(_ parts: [String]) -> String {
        let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
        return hex(fnv1a(bytes, seed: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(bytes, seed: 0x8422_2325_cbf2_9ce4))
    }

    private static func fnv1a(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
