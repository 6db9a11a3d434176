import io
import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import read_articles


def test_folder_is_read_recursively_and_other_files_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Alpha raised $1 million.", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps({"text": "Beta raised $2 million.", "id": "b2", "url": "u"}) + "\n", encoding="utf-8")
    (tmp_path / "one.gold.json").write_text("{}", encoding="utf-8")
    articles = list(read_articles([tmp_path], []))
    assert sorted(a.id for a in articles) == ["a/one", "b2"]
    assert next(a for a in articles if a.id == "b2").url == "u"


def test_build_output_folders_inside_an_input_folder_are_skipped(tmp_path):
    (tmp_path / "one.txt").write_text("Alpha raised $1 million.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "facts.jsonl", "graph.html"):
        (out / name).write_text("written by a build", encoding="utf-8")
    errors = []
    assert [a.id for a in read_articles([tmp_path], errors)] == ["one"]
    assert errors == []


@pytest.mark.parametrize("name, data, reason", [
    ("bin.txt", b"\x00\x01\x02abc", "binary file"),
    ("empty.txt", b"  \n\n", "empty file"),
    ("latin.txt", "Caf\xe9 raised money".encode("latin-1"), "not UTF-8"),
])
def test_bad_files_are_reported_by_name(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    errors: list[InputError] = []
    assert list(read_articles([path], errors)) == []
    assert len(errors) == 1 and errors[0].source == str(path) and reason in errors[0].reason


def test_missing_and_unreadable_files(tmp_path, monkeypatch):
    errors: list[InputError] = []
    list(read_articles([tmp_path / "nope.txt"], errors))
    assert "no such file" in errors[0].reason
    locked = tmp_path / "locked.txt"
    locked.write_text("x", encoding="utf-8")

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    list(read_articles([locked], errors))
    assert errors[1].source == str(locked) and "Permission denied" in errors[1].reason


def test_without_an_error_list_the_first_problem_raises(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        list(read_articles([path]))


def test_bad_jsonl_lines_are_reported_and_good_ones_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Gamma raised $3 million."}\nnot json\n{"title": "no text"}\n', encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_articles([path], errors))
    assert [a.id for a in articles] == ["feed-1"]
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3"]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Delta raised $4 million.")))
    [article] = read_articles(["-"], [])
    assert article.id == "stdin" and article.text.startswith("Delta")


def test_html_keeps_the_main_text_only(tmp_path):
    page = tmp_path / "story.html"
    body = " ".join(["Kestrel Robotics, a Munich-based startup, has raised EUR 40 million in a Series B round led by Northzone."] * 3)
    page.write_text(f"""<html><head><title>Kestrel raises money</title></head><body>
        <nav><a href="/">Home</a> <a href="/markets">Markets</a> Subscribe now</nav>
        <article><h1>Kestrel raises money</h1><p>{body}</p><p>The company builds warehouse robots for retailers across Europe and plans to double its staff.</p></article>
        <footer>Copyright 2024 Example Media. Cookie settings.</footer></body></html>""", encoding="utf-8")
    [article] = read_articles([page], [])
    assert "Series B round led by Northzone" in article.text
    assert "Cookie settings" not in article.text and "Subscribe now" not in article.text


def test_ids_are_paths_from_the_folder_read_and_a_file_named_keeps_its_name(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / "news" / year).mkdir(parents=True)
        (tmp_path / "news" / year / "report.txt").write_text(f"Orbit Labs raised money in {year}.", encoding="utf-8")
    (tmp_path / "news" / "Report.txt").write_text("Orbit Labs raised money again.", encoding="utf-8")
    errors: list[InputError] = []
    assert [a.id for a in read_articles([tmp_path / "news"], errors)] == ["2023/report", "2024/report", "Report"]
    assert [a.id for a in read_articles([tmp_path / "news" / "2024" / "report.txt"], errors)] == ["report"]
    # a file named twice, in its folder and by itself, is one article
    assert [a.id for a in read_articles([tmp_path / "news" / "2023", tmp_path / "news" / "2023" / "report.txt"],
                                        errors)] == ["report"]
    assert errors == []


def test_two_articles_with_one_id_are_an_error_naming_both(tmp_path):
    first, second = tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("Orbit Labs raised $3 million.", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": "x1", "text": t}) for t in ("Alpha raised.", "Beta raised.")),
                    encoding="utf-8")
    errors: list[InputError] = []
    assert [a.text for a in read_articles([first, second, feed], errors)] == ["Orbit Labs raised $3 million.",
                                                                              "Alpha raised."]
    assert [str(e) for e in errors] == [f"{second}: article id 'report' is also the id of {first}",
                                        f"{feed}:2: article id 'x1' is also the id of {feed}:1"]


def test_an_id_with_control_characters_is_refused(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "deal\u0001one", "text": "Alpha raised."}) + "\n"
                    + json.dumps({"id": "deal two", "text": "Beta raised."}) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    assert [a.id for a in read_articles([feed], errors)] == ["deal two"]
    assert [str(e) for e in errors] == [f"{feed}:1: article id 'deal\\x01one' holds control characters; rename it"]
