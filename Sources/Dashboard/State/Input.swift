import ProgressModel

/// A key as the dashboard sees it, whatever the terminal sent.
public enum Key: Equatable, Sendable {
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, backspace, escape, tab, backTab
    case character(Character)
    /// Ctrl with a letter (Ctrl-L: redraw).
    case control(Character)
}

/// Something that happened: a key, a new terminal size, data loaded, a file written.
public enum DashboardEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case loaded(Tally)
    case loadFailed(String)
    /// An export was written: its files (one per table for CSV).
    case exported(paths: [String])
    case exportFailed(String)
    /// The firm locator, made in the background for the data of `generation`.
    case prepared(FirmLocator, generation: Int)
}

/// Something the dashboard asks its host to do (the only way it reaches files or the terminal).
public enum Effect: Equatable, Sendable {
    case quit
    /// Read the data files again and send `.loaded`.
    case reload
    /// Write the current view to a new file (CSV: one file per table) in the format, in the
    /// background, and send `.exported` or `.exportFailed`.
    case export(ExportKind)
}

/// The formats of `e`, those of `srdi export`: the view as text, or its tables as CSV (one file
/// per table), markdown or JSON.
public enum ExportKind: String, Sendable, CaseIterable {
    case text, csv, markdown, json

    /// The key that picks it after `e`.
    var key: Character {
        switch self {
        case .text: return "t"
        case .csv: return "c"
        case .markdown: return "m"
        case .json: return "j"
        }
    }
}
