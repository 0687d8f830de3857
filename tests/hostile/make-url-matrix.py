#!/usr/bin/env python3
"""Writes the URL-vector × syntax matrix of the hostile corpus (cases/url-*.case). Run it again after editing the lists."""
import os

HEAD = "---\ntitle: Case\nsummary: One hostile input.\n---\n\n"  # the body starts on line 6

# OWASP filter-evasion forms of a URL that runs script or renders a document: name → text as written in the source.
VECTORS = {
    "javascript": "javascript:alert(1)",
    "javascript-upper-case": "JAVASCRIPT:alert(1)",
    "javascript-mixed-case": "JaVaScRiPt:alert(1)",
    "javascript-decimal-entity": "&#106;avascript:alert(1)",
    "javascript-hex-entity": "&#x6A;avascript:alert(1)",
    "javascript-padded-entities": "&#0000106;&#0000097;vascript:alert(1)",
    "javascript-tab-split": "java&#9;script:alert(1)",
    "javascript-newline-split": "java&#10;script:alert(1)",
    "javascript-carriage-return-split": "jav&#x0D;ascript:alert(1)",
    "javascript-leading-space-entity": "&#32;javascript:alert(1)",
    "javascript-entity-colon": "javascript&#58;alert(1)",
    "javascript-named-entity-colon": "javascript&colon;alert(1)",
    "vbscript": "vbscript:msgbox(1)",
    "data-text-html": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data-image-svg": "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "livescript": "livescript:alert(1)",
    "file-scheme": "file:///etc/passwd",
}
# CommonMark autolinks take the text literally (no entities, no spaces): only the plain forms apply.
AUTOLINK = ["javascript", "javascript-upper-case", "javascript-mixed-case", "vbscript", "data-text-html", "data-image-svg", "livescript", "file-scheme"]

SYNTAX = {
    # name → (body, line of the error)
    "markdown-link": ("[read this]({u})\n", 6),
    "markdown-image": ("![a diagram]({u})\n", 6),
    "reference-definition": ("[read this][r]\n\n[r]: {u}\n", 8),
    "raw-html-link": ('<p><a href="{u}">read this</a></p>\n', 6),
    "raw-html-image": ('<p><img src="{u}" alt="a diagram"></p>\n', 6),
    "raw-html-inline-link": ('Text with <a href="{u}">a link</a> inside.\n', 6),
}

os.makedirs("cases", exist_ok=True)
count = 0
for vname, url in VECTORS.items():
    for sname, (body, line) in SYNTAX.items():
        name = f"url-{vname}-in-{sname}"
        with open(f"cases/{name}.case", "w") as f:
            f.write(f"# proves: {url} as a {sname.replace('-', ' ')} is refused as an error at its source line\n")
            f.write(f"expect-error: content/unsafe-url input/guides/case.md:{line}\n")
            f.write("=== input/guides/case.md\n" + HEAD + body.format(u=url))
        count += 1
for vname in AUTOLINK:
    name = f"url-{vname}-in-autolink"
    with open(f"cases/{name}.case", "w") as f:
        f.write(f"# proves: <{VECTORS[vname]}> as an autolink is refused as an error at its source line\n")
        f.write("expect-error: content/unsafe-url input/guides/case.md:6\n")
        f.write("=== input/guides/case.md\n" + HEAD + f"See <{VECTORS[vname]}> now.\n")
    count += 1
print(count, "cases")
