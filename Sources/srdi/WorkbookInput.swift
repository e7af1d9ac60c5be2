import ProgressModel
import Workbook

/// Lists kept in Excel: a recognitions or observations file that is an .xlsx workbook reaches the
/// loader as the CSV text of one of its sheets, in which line N is the sheet's row N, so that
/// every message names `list.xlsx:ROW` as Excel numbers the row.
enum WorkbookInput {
    /// `FileIO.read`, with each of `lists` that is a workbook turned into the CSV text of `sheet`
    /// (a name or a 1-based number; the first sheet when nil).
    ///
    /// A workbook that cannot be used (an .xls, a damaged .xlsx, a sheet it does not have) is an
    /// error in the data, exit status 1 from `check` and with `--strict`, while other commands
    /// count the other lists and show the problem: as for a PDF or an empty file given as a list,
    /// the file was read, and what it holds is what must change. Exit status 74 stays for a file
    /// that cannot be read at all.
    static func reader(lists: Set<String>, sheet: String?) -> DataLoader.Reader {
        { path in
            let bytes = try FileIO.read(path)
            guard lists.contains(path) else { return bytes }
            do throws(WorkbookError) {
                return try Workbook.csvText(bytes, path: path, sheet: sheet) ?? bytes
            } catch {
                throw UnusableInput(problem(error))
            }
        }
    }

    private static func problem(_ error: WorkbookError) -> Problem {
        switch error {
        case .oldExcelFormat: return .oldExcelWorkbook
        case .unknownSheet(let requested, let sheets): return .unknownSheet(requested, sheets: sheets)
        case .damaged(let damage): return .unreadableWorkbook(chinese: damage.chinese, english: damage.english)
        }
    }
}
