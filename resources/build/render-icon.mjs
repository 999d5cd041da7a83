#!/usr/bin/env node
/**
 * Draws the app icon: a speech bubble with a tick on an indigo-to-sky rounded
 * square ("practise answering, get it right"). The shapes are described once
 * below and written both as resources/icon.svg (the editable source) and as
 * resources/icon.png (512×512, what electron-builder turns into .icns/.ico).
 *
 * Offline and dependency-free on purpose: no rasteriser can be installed here,
 * so the PNG is rendered from signed distance functions (exact anti-aliasing)
 * and encoded with node:zlib. Run: node resources/build/render-icon.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const FROM = [0x4f, 0x46, 0xe5]; // indigo, top left
const TO = [0x0e, 0xa5, 0xe9]; // sky, bottom right
const WHITE = [0xff, 0xff, 0xff];

const tile = { x: 32, y: 32, width: 448, height: 448, radius: 96 };
const bubble = { x: 104, y: 120, width: 304, height: 216, radius: 52 };
const tail = [
  [168, 320],
  [252, 320],
  [150, 398],
];
const tick = { points: [[186, 232], [236, 282], [330, 186]], width: 34 };

// ---- SVG ------------------------------------------------------------------

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs>
    <linearGradient id="tile" x1="${tile.x}" y1="${tile.y}" x2="${tile.x + tile.width}" y2="${tile.y + tile.height}" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${hex(FROM)}"/>
      <stop offset="1" stop-color="${hex(TO)}"/>
    </linearGradient>
  </defs>
  <rect x="${tile.x}" y="${tile.y}" width="${tile.width}" height="${tile.height}" rx="${tile.radius}" fill="url(#tile)"/>
  <rect x="${bubble.x}" y="${bubble.y}" width="${bubble.width}" height="${bubble.height}" rx="${bubble.radius}" fill="${hex(WHITE)}"/>
  <polygon points="${tail.map((p) => p.join(',')).join(' ')}" fill="${hex(WHITE)}"/>
  <polyline points="${tick.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${hex(FROM)}" stroke-width="${tick.width}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

// ---- Raster (signed distances: negative inside, in pixels) ----------------

function roundedRect(px, py, { x, y, width, height, radius }) {
  const qx = Math.abs(px - (x + width / 2)) - (width / 2 - radius);
  const qy = Math.abs(py - (y + height / 2)) - (height / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function polygon(px, py, points) {
  let distance = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    distance = Math.min(distance, segment(px, py, points[i], points[j]));
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? -distance : distance;
}

function polyline(px, py, { points, width }) {
  let distance = Infinity;
  for (let i = 1; i < points.length; i++) distance = Math.min(distance, segment(px, py, points[i - 1], points[i]));
  return distance - width / 2;
}

const coverage = (distance) => Math.max(0, Math.min(1, 0.5 - distance));
const mix = (a, b, t) => a.map((c, i) => c + (b[i] - c) * t);

function pixel(x, y) {
  const px = x + 0.5;
  const py = y + 0.5;
  const along = ((px - tile.x) + (py - tile.y)) / (tile.width + tile.height);
  let colour = mix(FROM, TO, Math.max(0, Math.min(1, along)));
  const alpha = coverage(roundedRect(px, py, tile));
  colour = mix(colour, WHITE, coverage(Math.min(roundedRect(px, py, bubble), polygon(px, py, tail))));
  colour = mix(colour, FROM, coverage(polyline(px, py, tick)));
  return [...colour.map(Math.round), Math.round(alpha * 255)];
}

// ---- PNG ------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, rgbaAt) {
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) rows.set(rgbaAt(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const resources = new URL('../', import.meta.url);
writeFileSync(new URL('icon.svg', resources), svg);
writeFileSync(new URL('icon.png', resources), png(SIZE, SIZE, pixel));
