import Foundation

/// Shannon entropy of a string's characters, in bits per character: random key material scores high,
/// words and identifiers low.
enum ShannonEntropy {
    static func bitsPerCharacter(_ text: String) -> Double {
        guard !text.isEmpty else { return 0 }
        var counts: [Character: Int] = [:]
        for character in text { counts[character, default: 0] += 1 }
        let total = Double(text.count)
        return counts.values.reduce(0) { sum, count in
            let probability = Double(count) / total
            return sum - probability * log2(probability)
        }
    }
}
