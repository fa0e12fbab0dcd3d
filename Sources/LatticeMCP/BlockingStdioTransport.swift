import Foundation
import Logging
import MCP

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Newline-delimited JSON-RPC over stdin/stdout, read by a thread that blocks in `read(2)`.
///
/// The SDK's `StdioTransport` makes stdin non-blocking and sleeps 10 ms whenever nothing is there,
/// so every request waited up to 10 ms before it was even read — the whole budget of a query
/// (docs/benchmarks.md). A blocked thread wakes the moment a request arrives.
actor BlockingStdioTransport: Transport {
  nonisolated let logger = Logger(label: "lattice.mcp.stdio", factory: { _ in SwiftLogNoOpLogHandler() })
  private let messages: AsyncThrowingStream<Data, any Error>
  private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
  private var started = false

  init() {
    (messages, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
  }

  func connect() async throws {
    guard !started else { return }
    started = true
    let continuation = self.continuation
    let reader = Thread {
      var pending = Data()
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { break }  // end of input (the client went away) or a read error
        pending.append(contentsOf: buffer[..<count])
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
          let message = pending[pending.startIndex..<newline]
          pending = Data(pending[(newline + 1)...])
          if !message.isEmpty { continuation.yield(Data(message)) }
        }
      }
      continuation.finish()
    }
    reader.name = "lattice-mcp-stdin"
    reader.start()
  }

  func disconnect() async {
    continuation.finish()
  }

  func send(_ data: Data) async throws {
    var message = data
    message.append(UInt8(ascii: "\n"))
    try message.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        offset += written
      }
    }
  }

  func receive() -> AsyncThrowingStream<Data, any Error> { messages }
}
