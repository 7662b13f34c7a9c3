"""Writes the 16x16 PNG icons of the MolFuse nodes and categories (standard library only).

Each node icon is a rounded square in its category's colour with a white letter; category icons are the plain
rounded square, and the MolFuse root category is a benzene-like hexagon. Run from anywhere:
    /usr/bin/python3 nodes/generate_icons.py
It rewrites nodes/icons/*.png (categories, listed in plugin.xml) and the node icons next to the factories under nodes/src/main/resources.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ICONS = os.path.join(HERE, "icons")
RESOURCES = os.path.join(HERE, "src", "main", "resources", "org", "molfuse", "knime")

CATEGORY_COLOURS = {
    "data": (52, 120, 198),
    "chemistry": (40, 150, 90),
    "graphs": (214, 120, 30),
    "languagemodels": (120, 90, 180),
    "learners": (190, 50, 60),
    "scoring": (90, 100, 110),
}

# 5x7 glyphs, one string per row, '#' = white pixel
GLYPHS = {
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "S": [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
    "F": ["#####", "#....", "#....", "####.", "#....", "#....", "#...."],
    "D": ["####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."],
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "G": [".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".###."],
    "/": ["....#", "....#", "...#.", "..#..", ".#...", "#....", "#...."],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "P": ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
    "V": ["....#", "....#", "...#.", "#..#.", ".##..", ".#...", "....."],
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
    "T": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
}

# node package (relative to org/molfuse/knime), icon file, category, glyph
NODES = [
    ("data/reader", "dataset_reader.png", "data", "R"),
    ("chemistry/standardizer", "smiles_standardizer.png", "chemistry", "S"),
    ("chemistry/fingerprints", "fingerprints.png", "chemistry", "F"),
    ("chemistry/descriptors", "descriptors.png", "chemistry", "D"),
    ("chemistry/scaffolds", "scaffolds.png", "chemistry", "M"),
    ("graphs/builder", "graph_builder.png", "graphs", "G"),
    ("scoring/splitter", "data_splitter.png", "scoring", "/"),
    ("learners/gnnlearner", "gnn_learner.png", "learners", "L"),
    ("learners/gnnpredictor", "gnn_predictor.png", "learners", "P"),
    ("scoring/scorer", "scorer.png", "scoring", "V"),
    ("languagemodels/encoder", "lm_encoder.png", "languagemodels", "E"),
    ("languagemodels/pretrainer", "smiles_lm_pretrainer.png", "languagemodels", "T"),
    ("languagemodels/learner", "lm_learner.png", "languagemodels", "L"),
    ("languagemodels/predictor", "lm_predictor.png", "languagemodels", "P"),
]

SIZE = 16
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def rounded_square(colour):
    pixels = [[CLEAR] * SIZE for _ in range(SIZE)]
    for y in range(SIZE):
        for x in range(SIZE):
            corner = (x in (0, SIZE - 1)) and (y in (0, SIZE - 1))
            if not corner:
                pixels[y][x] = colour + (255,)
    return pixels


def with_glyph(pixels, glyph):
    rows = GLYPHS[glyph]
    top, left = (SIZE - len(rows)) // 2, (SIZE - len(rows[0])) // 2
    for dy, row in enumerate(rows):
        for dx, mark in enumerate(row):
            if mark == "#":
                pixels[top + dy][left + dx] = WHITE
    return pixels


def hexagon(colour):
    # a ring between two regular hexagons around the centre, flat top and bottom
    import math
    pixels = [[CLEAR] * SIZE for _ in range(SIZE)]
    centre = (SIZE - 1) / 2

    def inside(x, y, radius):
        px, py = abs(x - centre), abs(y - centre)
        return py <= radius * math.sqrt(3) / 2 and math.sqrt(3) * px + py <= math.sqrt(3) * radius

    for y in range(SIZE):
        for x in range(SIZE):
            if inside(x, y, 7.9) and not inside(x, y, 4.6):
                pixels[y][x] = colour + (255,)
    return pixels


def write_png(path, pixels):
    raw = b"".join(b"\x00" + b"".join(struct.pack("BBBB", *p) for p in row) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


def main():
    os.makedirs(ICONS, exist_ok=True)
    for package, name, category, glyph in NODES:
        folder = os.path.join(RESOURCES, package)
        os.makedirs(folder, exist_ok=True)
        write_png(os.path.join(folder, name), with_glyph(rounded_square(CATEGORY_COLOURS[category]), glyph))
    for category, colour in CATEGORY_COLOURS.items():
        write_png(os.path.join(ICONS, "category-" + category + ".png"), rounded_square(colour))
    write_png(os.path.join(ICONS, "molfuse.png"), hexagon((40, 150, 90)))


if __name__ == "__main__":
    main()
