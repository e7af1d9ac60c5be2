// What the model's clients see of the layer below it, as part of the model: the text measures
// and tools (`DisplayWidth`, `NumberText`, `Sanitizer`, `Language` …) the dashboard also uses.
@_exported import Basics
