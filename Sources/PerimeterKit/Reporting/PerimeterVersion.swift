/// The version reports and `perimeter --version` show.
public enum PerimeterVersion {
    public static let current = "0.1.0"
    /// Where SARIF viewers send users who want to know what the tool is.
    public static let informationURI = "https://github.com/perimeter-scanner/perimeter"
}
