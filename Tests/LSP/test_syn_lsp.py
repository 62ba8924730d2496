"""`syn lsp` driven by a real LSP client (pytest-lsp over pygls), as an editor drives it.

Run by Tests/SynEndToEndTests/LanguageServerClientTests.swift with SYN_BINARY set to the built binary.
"""

import asyncio
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

SYN = os.environ["SYN_BINARY"]

SCRIPT = """\
mock seed 7

test "create and read back"
create profile name="Zoë 😀" externalId=user-42 as alice
get profile $alice.id
expect .name == "Zoë 😀"
include "shared/login.syn"
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SYN, "lsp"]))
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities())
    )
    assert result.server_info.name == "syn"
    yield
    await lsp_client.shutdown_session()
    # shutdown then exit: the server ends with 0.
    assert lsp_client._server.returncode == 0


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "login.syn").write_text("get usage\n")
    return tmp_path


def open_document(client: LanguageClient, path: pathlib.Path, text: str) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="syn", version=1, text=text)
        )
    )
    return uri


async def diagnostics_of(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    """The diagnostics published for `uri` since they were last taken (the client keeps the latest)."""
    for _ in range(1000):
        if uri in client.diagnostics:
            return client.diagnostics.pop(uri)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics published for {uri} within 10 s")


def position(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


async def test_a_clean_script_then_an_edit_with_a_misspelling(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "main.syn", SCRIPT)
    assert list(await diagnostics_of(client, uri)) == []

    broken = SCRIPT.replace("get profile", "get profil")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=broken)],
        )
    )
    [diagnostic] = await diagnostics_of(client, uri)
    assert "unknown noun 'profil'" in diagnostic.message
    assert diagnostic.range == types.Range(start=position(4, 4), end=position(4, 10))

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert actions[0].title == "Replace 'profil' with 'profile'"
    [edit] = actions[0].edit.changes[uri]
    assert edit.new_text == "profile"


async def test_completion_offers_fields_with_their_types(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "main.syn", "create profile externalId=x na")
    await diagnostics_of(client, uri)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(0, 30))
    )
    items = {item.label: item for item in result.items}
    assert items["name="].detail == "string, required"
    assert items["name="].text_edit.new_text == "name="
    assert "externalId=" not in items


async def test_hover_shows_the_operation_and_the_variable(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "main.syn", SCRIPT)
    await diagnostics_of(client, uri)
    on_verb = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(3, 2))
    )
    assert "POST /v1/profiles" in on_verb.contents.value
    on_variable = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(4, 14))
    )
    assert "bound on line 4" in on_variable.contents.value


async def test_definition_of_a_variable_and_of_an_include(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "main.syn", SCRIPT)
    await diagnostics_of(client, uri)
    variable = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(4, 14))
    )
    # `as alice` after `name="Zoë 😀"`: the emoji counts two UTF-16 units.
    assert variable.range == types.Range(start=position(3, 51), end=position(3, 56))
    included = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(6, 12))
    )
    assert included.uri == (workspace / "shared" / "login.syn").as_uri()


async def test_semantic_tokens_and_symbols(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "main.syn", SCRIPT)
    await diagnostics_of(client, uri)
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    # The first token is `mock` on line 0, a keyword (index 0 of the legend).
    assert list(tokens.data[:5]) == [0, 0, 4, 0, 0]
    assert len(tokens.data) % 5 == 0 and len(tokens.data) > 40
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert [symbol.name for symbol in symbols] == ["prelude", 'test "create and read back"']


async def test_a_broken_document_keeps_the_server_answering(client: LanguageClient, workspace):
    unclosed = open_document(client, workspace / "unclosed.syn", 'create profile metadata={"a": [1,\nlist profiles\n')
    assert await diagnostics_of(client, unclosed)
    # Bytes that are not UTF-8, as an editor sends them: lone surrogates in the JSON string.
    invalid = b"create profil name=\xff\xfe\nlist profiles\n".decode("utf-8", "surrogateescape")
    not_utf8 = open_document(client, workspace / "invalid.syn", invalid)
    [diagnostic] = await diagnostics_of(client, not_utf8)
    assert "unknown noun 'profil'" in diagnostic.message
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=not_utf8), position=position(1, 1))
    )
    assert "GET /v1/profiles" in hover.contents.value


async def test_formatting_is_syn_fmts_layout_as_one_edit(client: LanguageClient, workspace):
    untidy = 'create profile   name="A"    metadata={"tier":"pro"}\n\n\n\nexpect status 201\n'
    uri = open_document(client, workspace / "untidy.syn", untidy)
    await diagnostics_of(client, uri)
    options = types.FormattingOptions(tab_size=2, insert_spaces=True)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=options)
    )
    assert len(edits) == 1
    assert edits[0].range.start == position(0, 0)
    assert edits[0].new_text == 'create profile name="A" metadata={"tier": "pro"}\n\nexpect status 201\n'
    tidy = open_document(client, workspace / "tidy.syn", edits[0].new_text)
    await diagnostics_of(client, tidy)
    again = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=tidy), options=options)
    )
    assert not again, "a formatted document needs no edit"
