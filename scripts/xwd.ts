/**
 * Reads the X Window Dump that Xvfb keeps of its screen (`-fbdir`), for a 24-bit display with 32
 * bits a pixel, into RGBA bytes. The header is 25 32-bit fields in the byte order the file says.
 */
export function readXwd(file: Buffer): { width: number; height: number; rgba: Buffer } {
  // Field 0 (the header's size) is small: read it both ways to learn the file's byte order.
  const big = file.readUInt32BE(0) < 0x10000;
  const field = (i: number) => (big ? file.readUInt32BE(i * 4) : file.readUInt32LE(i * 4));
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, ncolors] = [
    field(0),
    field(4),
    field(5),
    field(7),
    field(11),
    field(12),
    field(19),
  ];
  if (bitsPerPixel !== 32) throw new Error(`Expected 32 bits a pixel, got ${bitsPerPixel}`);
  const start = headerSize + ncolors * 12;
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * 4;
      // Pixels are 0x00RRGGBB words in the image's byte order (LSBFirst = 0).
      const pixel = byteOrder === 0 ? file.readUInt32LE(at) : file.readUInt32BE(at);
      const to = (y * width + x) * 4;
      rgba[to] = (pixel >> 16) & 0xff;
      rgba[to + 1] = (pixel >> 8) & 0xff;
      rgba[to + 2] = pixel & 0xff;
      rgba[to + 3] = 0xff;
    }
  }
  return { width, height, rgba };
}
