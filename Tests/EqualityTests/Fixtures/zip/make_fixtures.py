"""Writes the DEFLATE and ZIP fixtures the Swift tests read (ZipReaderTests), compressed by
Python's zlib and zipfile rather than by anything in this repository. Run from this folder;
the outputs are committed, so the tests need no Python."""
import io
import zipfile
import zlib

# Varied text: repeats (matches at many distances), prose, and every byte value in a stretch.
plain = (
    open("../../../../Frameworks/commissioning-for-equality.json", "rb").read()[:60000]
    + bytes(range(256)) * 3
    + b"\n" + b"abc" * 2000 + b"\n"
)
open("plain.bin", "wb").write(plain)

def raw(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

for level in (0, 1, 6, 9):
    open(f"deflate-level{level}.bin", "wb").write(raw(plain, level))
open("deflate-fixed.bin", "wb").write(raw(plain, 6, zlib.Z_FIXED))
open("deflate-huffman-only.bin", "wb").write(raw(plain, 6, zlib.Z_HUFFMAN_ONLY))
open("deflate-empty.bin", "wb").write(raw(b"", 6))

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr(zipfile.ZipInfo("deflated.txt", (1980, 1, 1, 0, 0, 0)), plain, zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("stored.txt", (1980, 1, 1, 0, 0, 0)), b"stored as it is\n", zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("empty.txt", (1980, 1, 1, 0, 0, 0)), b"", zipfile.ZIP_DEFLATED)
open("python-zipfile.zip", "wb").write(buffer.getvalue())

# 2 MiB of zeros: about 2 KiB deflated, 1,000 times smaller, as a zip bomb's entries are.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as z:
    z.writestr(zipfile.ZipInfo("zeros.bin", (1980, 1, 1, 0, 0, 0)), bytes(2 << 20), zipfile.ZIP_DEFLATED)
open("ratio-bomb.zip", "wb").write(buffer.getvalue())

# Also here, made by hand from `equality-assess actions --example -o tracker.xlsx` (the tool's own
# workbook, whose parts are stored): openpyxl-saved.xlsx (openpyxl 3.1 loaded it, typed an owner
# and a status, and saved it) and libreoffice-saved.xlsx (soffice --headless --convert-to xlsx).
# Both deflate every part, as the workbooks people send back do.
