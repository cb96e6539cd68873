#!/usr/bin/env python3
"""Draws OpsBot's two Teams icons, deterministically, with nothing but the standard library.

color.png   192x192: a full-colour tile (OpsBot blue) with a white payment card on it.
outline.png  32x32: the same card as a white outline on a transparent background, as Teams requires.
Run it from this folder; the PNGs it writes are committed.
"""
import struct
import zlib

BLUE = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, pixels):
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in row) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def inside_rounded(x, y, left, top, right, bottom, radius):
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def color_icon():
    size = 192
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            px = BLUE
            card = inside_rounded(x, y, 36, 56, 156, 136, 10)
            stripe = 76 <= y <= 90
            chip = 52 <= x <= 74 and 104 <= y <= 120
            digits = 88 <= x <= 140 and 110 <= y <= 114
            if card and not stripe and not chip and not digits:
                px = WHITE
            row.append(px)
        rows.append(row)
    return rows


def outline_icon():
    size = 32
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            outer = inside_rounded(x, y, 3, 7, 28, 24, 3)
            inner = inside_rounded(x, y, 5, 9, 26, 22, 2)
            stripe = 12 <= y <= 13 and 5 <= x <= 26
            row.append(WHITE if (outer and not inner) or stripe else CLEAR)
        rows.append(row)
    return rows


png("color.png", color_icon())
png("outline.png", outline_icon())
