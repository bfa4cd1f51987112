"""Draws the example logo of the (fictional) organisation in docs/: a blue rounded band
with three white circles and a red bar. RGBA PNG, no third-party packages.
Run: python3 docs/make_logo_example.py docs/logo-voorbeeld.png"""
import struct
import sys
import zlib

W, H = 360, 120
BLUE = (21, 66, 115, 255)
RED = (200, 40, 40, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y):
    r = 24
    cx = min(max(x, r), W - 1 - r)
    cy = min(max(y, r), H - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    for sx in (60, 120, 180):
        if (x - sx) ** 2 + (y - 60) ** 2 < 26 ** 2:
            return WHITE
    if 230 <= x <= 330 and 50 <= y <= 70:
        return RED
    return BLUE


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main(path):
    raw = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(W)) for y in range(H)
    )
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
