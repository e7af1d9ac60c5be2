/// `CSVScanner.swift` is compiled into this suite from ProgressModel's sources, since the scanner
/// is internal there; this is the one name it takes from the rest of the loader: how many title
/// rows may stand above a header (ProgressModel's `CSVInput.titleRows`), which `detectDelimiter`
/// looks past.
enum CSVInput {
    static let titleRows = 10
}
