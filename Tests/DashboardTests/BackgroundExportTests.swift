import Testing
@testable import Dashboard
import ProgressModel

/// `e` starts an export that is written in the background: the status bar says so while keys
/// keep working, a second `e` meanwhile only says one is under way, and the result ends it.
@Suite("Exports in the background")
struct BackgroundExportTests {
    @Test("e asks for an export once and says it is writing; keys keep working and keep that message")
    func writing() {
        let (started, effects) = Dashboard.update(Support.press(Support.state(.english), [.character("e")]), .key(.character("t")))
        #expect(effects == [.export(.text)] && started.exporting)
        #expect(started.message == StatusMessage(text: "Writing the export…", isError: false))
        let moved = Support.press(started, [.down, .down])
        #expect(moved.top.cursor[0] == 2, "keys work while the export is written")
        #expect(moved.message?.text == "Writing the export…" && moved.exporting)
        let (again, more) = Dashboard.update(moved, .key(.character("e")))
        #expect(!again.choosingExport)
        #expect(more.isEmpty, "no second export while one is written")
        #expect(again.message == StatusMessage(text: "An export is still being written; press e again when it is done", isError: true))
    }

    @Test("the result ends the export: the file or the error in the status bar, and e works again")
    func finished() {
        let started = Support.press(Support.state(.english), [.character("e"), .character("t")])
        let written = Dashboard.update(started, .exported(paths: ["out/srdi-x.txt"])).0
        #expect(!written.exporting && written.message?.text == "Exported srdi-x.txt (in out)")
        #expect(Support.press(written, [.down]).message == nil, "the next key clears the message")
        #expect(Support.press(written, [.character("e")]).choosingExport)
        let failed = Dashboard.update(started, .exportFailed("cannot write to out: not a directory that exists")).0
        #expect(!failed.exporting && failed.message?.isError == true)
        #expect(Dashboard.update(Support.press(failed, [.character("e")]), .key(.character("c"))).1 == [.export(.csv)])
    }
}
