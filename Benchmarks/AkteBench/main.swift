// The native floor of `scripts/bench`: writes precomputed documents with libzip and nothing else.
//
//   AkteBench floor --from DIR --out DIR [--jobs N] [--level L]
//
// Reads every `doc_XXXX.odt` in --from (akte's own output for the benchmark data) into memory before the timer
// starts: the entries that differ between documents (the rendered content.xml) as plain bytes; the entries
// that are the same in every document (styles, meta, manifest) are copied raw (compressed bytes, as akte
// copies its static parts) from a source archive opened once per thread. The timer covers only writing the
// same documents again with libzip: `zip_open` on the target path (libzip writes a temporary file and renames
// it, so no partial file appears), `mimetype` stored first, the varying parts deflated at --level (akte's
// level), the fixed timestamp, `zip_close`. Threads take the next document from a shared counter.
// Prints one JSON line: {"docs", "loop_s", "docs_per_s", "jobs", "level"}.
import CLibZip
import Dispatch
import Foundation
import Synchronization

struct Entry {
    var name: String
    var data: [UInt8]
    var method: Int32
    var isStatic = false
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("AkteBench: \(message)\n".utf8))
    exit(2)
}

func readEntries(_ path: String) -> [Entry] {
    var status: Int32 = 0
    guard let archive = zip_open(path, ZIP_RDONLY, &status) else { fail("\(path): cannot open (\(status))") }
    defer { zip_discard(archive) }
    var entries: [Entry] = []
    for index in 0..<zip_get_num_entries(archive, 0) {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let name = stat.name else { fail("\(path): bad entry") }
        var data = [UInt8](repeating: 0, count: Int(stat.size))
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { fail("\(path): cannot read") }
        let read = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
        zip_fclose(file)
        guard read == Int64(stat.size) else { fail("\(path): short read") }
        entries.append(Entry(name: String(cString: name), data: data, method: Int32(stat.comp_method)))
    }
    return entries
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "floor" else { fail("usage: AkteBench floor --from DIR --out DIR [--jobs N] [--level L]") }
arguments.removeFirst()
var options: [String: String] = [:]
while arguments.count >= 2 { options[arguments.removeFirst()] = arguments.removeFirst() }
guard let from = options["--from"], let outDir = options["--out"] else { fail("--from and --out are required") }
let jobs = Int(options["--jobs"] ?? "") ?? ProcessInfo.processInfo.activeProcessorCount
let level = Int32(options["--level"] ?? "") ?? 1

let names = ((try? FileManager.default.contentsOfDirectory(atPath: from)) ?? []).filter { $0.hasSuffix(".odt") }.sorted()
guard !names.isEmpty else { fail("\(from): no .odt files") }
var documents = names.map { readEntries(from + "/" + $0) }
// An entry is static when it is the same in every document: it is copied raw, as akte copies its static parts.
let first = documents[0]
for (i, entry) in first.enumerated() where entry.name != "mimetype" {
    if documents.allSatisfy({ $0.count == first.count && $0[i].name == entry.name && $0[i].data == entry.data }) {
        for d in documents.indices { documents[d][i].isStatic = true }
    }
}
let sourceBytes = try! Data(contentsOf: URL(fileURLWithPath: from + "/" + names[0]))
try? FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
// DOS time and date of 2000-01-01 00:00 (akte's fallback timestamp without SOURCE_DATE_EPOCH).
let dosTime: UInt16 = 0
let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

final class Shared: @unchecked Sendable {
    let documents: [[Entry]]
    let names: [String]
    init(_ documents: [[Entry]], _ names: [String]) { self.documents = documents; self.names = names }
}
let shared = Shared(documents, names)
let next = Atomic<Int>(0)
let started = ContinuousClock.now
DispatchQueue.concurrentPerform(iterations: jobs) { _ in
    // The source of raw copies: doc_0000 held in memory, opened once per thread (libzip handles are not shared).
    let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: sourceBytes.count, alignment: 16)
    sourceBytes.withUnsafeBytes { storage.copyMemory(from: $0) }
    var error = zip_error_t()
    zip_error_init(&error)
    guard let memory = zip_source_buffer_create(storage.baseAddress, zip_uint64_t(storage.count), 0, &error),
          let source = zip_open_from_source(memory, ZIP_RDONLY, &error) else { fail("cannot open the raw-copy source") }
    while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < shared.documents.count else { break }
        let path = outDir + "/" + shared.names[index]
        var status: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &status) else { fail("\(path): cannot create (\(status))") }
        for (i, entry) in shared.documents[index].enumerated() {
            let data: OpaquePointer?
            if entry.isStatic {
                data = zip_source_zip(archive, source, zip_uint64_t(i), zip_flags_t(ZIP_FL_COMPRESSED), 0, akte_zip_length_to_end)
            } else {
                data = entry.data.withUnsafeBytes { zip_source_buffer(archive, $0.baseAddress, zip_uint64_t($0.count), 0) }
            }
            guard let data else { fail("\(entry.name): cannot make a source") }
            let added = zip_file_add(archive, entry.name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard added >= 0 else { fail("\(entry.name): cannot add") }
            if !entry.isStatic {
                let method = entry.name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE
                zip_set_file_compression(archive, zip_uint64_t(added), method, entry.name == "mimetype" ? 0 : zip_uint32_t(level))
            }
            zip_file_set_dostime(archive, zip_uint64_t(added), dosTime, dosDate, 0)
        }
        // The buffers above are read in zip_close (the documents array outlives it).
        guard zip_close(archive) == 0 else { fail("\(path): cannot write: \(String(cString: zip_strerror(archive)))") }
    }
    zip_discard(source)
    storage.deallocate()
}
let seconds = started.duration(to: .now)
let loop = Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18
print("{\"docs\": \(documents.count), \"loop_s\": \(loop), \"docs_per_s\": \(Double(documents.count) / loop), \"jobs\": \(jobs), \"level\": \(level)}")
