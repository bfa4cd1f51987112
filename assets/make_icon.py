"""Draws the app icon (RGBA PNG, as Tauri requires) without third-party packages.

A rounded square in NL Design System blue with a white table of four seats: the
casusoverleg. Run: python3 assets/make_icon.py assets/icon.png
"""
import struct
import sys
import zlib

SIZE = 512
BLUE = (21, 66, 115, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y):
    r = 96  # corner radius
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    c = SIZE / 2
    d2 = (x - c) ** 2 + (y - c) ** 2
    if d2 < 110 ** 2:  # the table
        return WHITE
    for sx, sy in ((c, 95), (c, SIZE - 95), (95, c), (SIZE - 95, c)):  # four seats
        if (x - sx) ** 2 + (y - sy) ** 2 < 45 ** 2:
            return WHITE
    return BLUE


def png(path):
    raw = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE)
    )

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


if __name__ == "__main__":
    png(sys.argv[1])
