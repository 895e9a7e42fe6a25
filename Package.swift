// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Perimeter",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "perimeter", targets: ["perimeter"]),
        .library(name: "PerimeterKit", targets: ["PerimeterKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        .target(
            name: "PerimeterKit",
            dependencies: [
                "Yams",
                "Rainbow",
            ],
            exclude: ["Analysis/IAM/Resources/README.md"],
            resources: [.copy("Analysis/IAM/Resources/iam-catalog.tsv")]
        ),
        .executableTarget(
            name: "perimeter",
            dependencies: [
                "PerimeterKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PerimeterKitTests",
            dependencies: ["PerimeterKit"],
            exclude: ["Fixtures", "Analysis/IAM/Fixtures"]
        ),
    ]
)
