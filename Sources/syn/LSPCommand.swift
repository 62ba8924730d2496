import ArgumentParser
import SynLanguageServer
import SynRuntime

/// `syn lsp`: the language server editors start for `.syn` files.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run the language server for .syn files (LSP 3.17 over standard input and output).",
    discussion: """
      Editors start it and talk to it; it is not run by hand. It offers diagnostics (parse errors and \
      what syn check finds) as you type, completion of verbs, nouns, fields, values, $variables and file \
      names, hover help, go to definition of variables and include files, document symbols (the prelude \
      and test cases), semantic highlighting and did-you-mean quick fixes. It exits 0 after shutdown and \
      exit, 1 when the input ends without them. Setup for Neovim, Helix, VS Code and Emacs: editors/README.md; \
      what it does and its limits: docs/lsp.md.
      """
  )

  func run() throws {
    var server = LanguageServer(version: SynVersion.current)
    let code = StandardIOTransport.run(&server)
    throw ExitCode(code)
  }
}
