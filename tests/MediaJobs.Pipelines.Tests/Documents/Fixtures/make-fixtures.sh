#!/usr/bin/env bash
# Regenerates the PDF fixtures of the document tests (the PDFs are committed; run this only to change them).
#   text.pdf     one page with a real text layer (Helvetica), known title, date and sentences
#   scanned.pdf  one page that is only an image of large clear text (no text layer)
#   mixed.pdf    page 1 text, page 2 image only
# Needs: ffmpeg (drawtext renders the "scan"), fonts-dejavu-core, python3 (writes the PDFs, stdlib only).
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A 150 dpi US-letter "scan": black words on white, 8-bit gray raw pixels.
ffmpeg -v error -f lavfi -i color=c=white:s=1280x1650 -frames:v 1 \
  -vf "drawtext=fontfile=$font:text='SCANNED INVOICE':fontsize=110:x=120:y=300,drawtext=fontfile=$font:text='TOTAL PAID 4711':fontsize=110:x=120:y=520,drawtext=fontfile=$font:text='THANK YOU':fontsize=110:x=120:y=740" \
  -pix_fmt gray -f rawvideo "$tmp/scan.gray"

python3 - "$tmp/scan.gray" <<'PY'
import sys, zlib
W, H = 1280, 1650
scan = zlib.compress(open(sys.argv[1], 'rb').read(), 9)

TEXT = [
    (24, 72, 720, "Quarterly Planning Meeting"),
    (12, 72, 690, "Date: 2026-03-14"),
    (16, 72, 660, "Agenda"),
    (12, 72, 640, "The team reviewed the budget for the new media server."),
    (12, 72, 625, "The budget for the media server was approved by the board."),
    (16, 72, 595, "Decisions"),
    (12, 72, 575, "Alice will publish the release notes on 2026-04-01."),
    (12, 72, 560, "Bob will prepare the OCR benchmark for the next meeting."),
]

def esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def text_page():
    ops = []
    for size, x, y, s in TEXT:
        ops.append(f"BT /F1 {size} Tf {x} {y} Td ({esc(s)}) Tj ET")
    return ("\n".join(ops)).encode('latin-1')

def image_page():
    return b"q 612 0 0 792 0 0 cm /Im1 Do Q"

def write(path, kinds):
    objs = {}
    n = [0]
    def new(body):
        n[0] += 1
        objs[n[0]] = body
        return n[0]
    catalog = new(None)
    pages = new(None)
    font = new(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = new(b"<< /Title (Fixture " + path.encode() + b") /Author (MediaJobs tests) >>")
    kids = []
    for kind in kinds:
        if kind == 'text':
            content = text_page()
            res = f"<< /Font << /F1 {font} 0 R >> >>".encode()
        else:
            img = new(f"<< /Type /XObject /Subtype /Image /Width {W} /Height {H} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(scan)} >>\nstream\n".encode() + scan + b"\nendstream")
            content = image_page()
            res = f"<< /XObject << /Im1 {img} 0 R >> >>".encode()
        c = new(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        p = new(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources ".encode() + res + f" /Contents {c} 0 R >>".encode())
        kids.append(p)
    objs[catalog] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
    objs[pages] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n[0] + 1):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {n[0] + 1}\n0000000000 65535 f \n".encode()
    for i in range(1, n[0] + 1):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n[0] + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, 'wb').write(out)

write('text.pdf', ['text'])
write('scanned.pdf', ['image'])
write('mixed.pdf', ['text', 'image'])
PY
ls -l ./*.pdf
