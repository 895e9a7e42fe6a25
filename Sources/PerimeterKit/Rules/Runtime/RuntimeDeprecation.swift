import Foundation

/// When AWS Lambda deprecates each managed runtime (the date security patches stop).
///
/// Source: AWS, "Lambda runtimes" (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), tables
/// "Supported runtimes" (projected dates) and "Deprecated runtimes". Compiled on 2026-11-23 from copies of that
/// page, not the page itself: tflint-ruleset-aws rules/aws_lambda_function_deprecated_runtime.go @ 0103793
/// (which cites it) for most rows; endoflife.date/aws-lambda for nodejs24.x, python3.14, java25, ruby3.4 and
/// dotnet10; dotnet6 is AWS's 2024-12-20 (tflint has Microsoft's 2024-11-12). Projected dates move (AWS has
/// postponed python3.9 and ruby3.3): check the page and update a row when it changes, saying so in the commit.
enum RuntimeDeprecation {
    /// Runtime identifier → deprecation date (UTC, `yyyy-MM-dd`).
    static let dates: [String: String] = [
        // Node.js
        "nodejs24.x": "2028-04-30",
        "nodejs22.x": "2027-04-30",
        "nodejs20.x": "2026-04-30",
        "nodejs18.x": "2025-09-01",
        "nodejs16.x": "2024-06-12",
        "nodejs14.x": "2023-12-04",
        "nodejs12.x": "2023-03-31",
        "nodejs10.x": "2021-07-30",
        "nodejs8.10": "2020-03-06",
        "nodejs6.10": "2019-08-12",
        "nodejs4.3": "2020-03-05",
        "nodejs4.3-edge": "2020-03-05",
        "nodejs": "2016-10-31",
        // Python
        "python3.14": "2029-06-30",
        "python3.13": "2029-06-30",
        "python3.12": "2028-10-31",
        "python3.11": "2026-06-30",
        "python3.10": "2026-06-30",
        "python3.9": "2025-12-15",
        "python3.8": "2024-10-14",
        "python3.7": "2023-12-04",
        "python3.6": "2022-07-18",
        "python2.7": "2021-07-15",
        // Java
        "java25": "2029-06-30",
        "java21": "2029-06-30",
        "java17": "2026-06-30",
        "java11": "2026-06-30",
        "java8.al2": "2026-06-30",
        "java8": "2024-01-08",
        // .NET
        "dotnet10": "2028-11-14",
        "dotnet8": "2026-11-10",
        "dotnet7": "2024-05-14",
        "dotnet6": "2024-12-20",
        "dotnet5.0": "2022-05-10",
        "dotnetcore3.1": "2023-04-03",
        "dotnetcore2.1": "2022-01-05",
        "dotnetcore2.0": "2019-05-30",
        "dotnetcore1.0": "2019-07-27",
        // Ruby
        "ruby3.4": "2028-03-31",
        "ruby3.3": "2027-03-31",
        "ruby3.2": "2026-03-31",
        "ruby2.7": "2023-12-07",
        "ruby2.5": "2021-07-30",
        // Go and OS-only
        "go1.x": "2024-01-08",
        "provided.al2023": "2029-06-30",
        "provided.al2": "2026-06-30",
        "provided": "2024-01-08",
    ]

    /// The deprecation date of a runtime identifier, nil when unknown.
    static func date(of runtime: String) -> Date? {
        parsedDates[runtime.lowercased()]
    }

    /// The table as dates, computed once: building a calendar per function showed in scan profiles.
    private static let parsedDates: [String: Date] = dates.compactMapValues(parse)

    private static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: components)
    }
}
