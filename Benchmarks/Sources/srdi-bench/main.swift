import ProgressModel

// srdi-bench [phases|keys|exports] [--data DIR] [--recognitions FILE] [--as-of DATE] [--width N --height N]
//            [--formats text,markdown,csv,json]
let given = Array(CommandLine.arguments.dropFirst())
let command = given.first.map { $0.hasPrefix("--") ? "phases" : $0 } ?? "phases"
let arguments = command == given.first ? Array(given.dropFirst()) : given
func option(_ name: String, _ fallback: String) -> String {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return fallback }
    return arguments[at + 1]
}
let data = option("--data", "data")
let recognitions = option("--recognitions", "data/sample/recognitions.csv")
let asOf = Day(iso: option("--as-of", "2025-12-31"))!

switch command {
case "phases":
    ReportPhases.run(data: data, recognitions: recognitions, asOf: asOf)
case "keys":
    KeyPresses.run(data: data, recognitions: recognitions, asOf: asOf, width: Int(option("--width", "100"))!,
                   height: Int(option("--height", "30"))!)
case "exports":
    ExportTimes.run(data: data, recognitions: recognitions, asOf: asOf, width: Int(option("--width", "100"))!,
                    formats: option("--formats", "text,markdown,csv,json").split(separator: ",").map(String.init))
default:
    print("unknown benchmark \(command); try: phases, keys, exports")
}
