import Foundation
import FuzzTargets

// libFuzzer's entry points. libFuzzer passes arguments starting with `--` through untouched:
//   --target=NAME   which fuzz target (see FuzzTarget) the inputs are for
//   --deep=N        count and draw one input in N (default every one); the count is printed at exit
//   --write=DIR     structured targets: write the data directory the input file stands for
//                   into DIR (for `srdi report --data DIR`) and exit

nonisolated(unsafe) var selected: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let arguments = (0..<Int(argc.pointee)).compactMap { argv.pointee?[$0].map { String(cString: $0) } }
    func value(_ flag: String) -> String? { arguments.first { $0.hasPrefix(flag + "=") }.map { String($0.dropFirst(flag.count + 1)) } }
    guard let name = value("--target"), let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("srdi-fuzz: give --target=NAME, one of: \(names)\n".utf8))
        exit(64)
    }
    target.prepare()
    if let directory = value("--write") {
        guard target.isStructured, let file = arguments.dropFirst().last(where: { !$0.hasPrefix("-") }),
              let bytes = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("srdi-fuzz: --write needs --target=plans or plans-bounded and an input file\n".utf8))
            exit(64)
        }
        let files = StructuredPlanTarget.files(FuzzInput([UInt8](bytes)), bounded: target == .plansBounded)
        for (name, content) in files.byName {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: Data(content)) else {
                FileHandle.standardError.write(Data("srdi-fuzz: cannot write \(url.path)\n".utf8))
                exit(74)
            }
        }
        exit(0)
    }
    if let deep = value("--deep") {
        guard let oneIn = Int(deep), oneIn >= 1 else {
            FileHandle.standardError.write(Data("srdi-fuzz: --deep takes a whole number from 1\n".utf8))
            exit(64)
        }
        Downstream.oneIn = oneIn
    }
    atexit { FileHandle.standardError.write(Data("srdi-fuzz: \(Downstream.exercised) inputs counted and drawn\n".utf8)) }
    selected = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selected?.run(FuzzInput(bytes))
    return 0
}
