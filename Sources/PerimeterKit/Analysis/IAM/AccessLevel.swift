/// The access level AWS's Service Authorization Reference gives an action, ordered by how much harm a grant of it
/// can do: listing < reading < tagging < writing < changing permissions.
public enum AccessLevel: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case list = "List"
    case read = "Read"
    case tagging = "Tagging"
    case write = "Write"
    case permissionsManagement = "Permissions management"

    /// The one-letter code of the catalogue file (`L`, `R`, `T`, `W`, `P`).
    init?(code: UInt8) {
        switch code {
        case UInt8(ascii: "L"): self = .list
        case UInt8(ascii: "R"): self = .read
        case UInt8(ascii: "T"): self = .tagging
        case UInt8(ascii: "W"): self = .write
        case UInt8(ascii: "P"): self = .permissionsManagement
        default: return nil
        }
    }

    private var danger: Int {
        switch self {
        case .list: 0
        case .read: 1
        case .tagging: 2
        case .write: 3
        case .permissionsManagement: 4
        }
    }

    public static func < (lhs: AccessLevel, rhs: AccessLevel) -> Bool {
        lhs.danger < rhs.danger
    }
}
