import { Group, Text } from '@mantine/core';
import { useId, useState, type KeyboardEvent } from 'react';
import { MAP_HEIGHT, MAP_WIDTH, REGION_SHAPES } from './morocco-regions';
import './region-map.css';

/** A sequential palette (ColorBrewer YlGnBu, readable with the common colour-vision deficiencies). */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
const ZERO = '#e9ecef';

export interface MapRegion {
  readonly code: string;
  readonly name: string;
  /** The chosen measure's value, or null while it loads. */
  readonly value: number | null;
  /** The region's accessible name: its name and the chosen measure ("Casablanca-Settat : 12 projets"). */
  readonly accessibleName: string;
  /** Every figure of the region, shown on hover and focus. */
  readonly details: readonly { label: string; value: string }[];
}

export interface ColourClass {
  readonly colour: string;
  readonly from: number;
  readonly to: number;
}

/** Zero, then five equal steps up to the largest value (whole numbers). */
export function colourClasses(max: number): ColourClass[] {
  const step = Math.max(1, Math.ceil(max / SEQUENTIAL.length));
  return SEQUENTIAL.map((colour, i) => ({ colour, from: i * step + 1, to: (i + 1) * step }));
}

export function colourOf(value: number | null, classes: readonly ColourClass[]): string {
  if (value === null || value <= 0) return ZERO;
  return (classes.find((c) => value <= c.to) ?? classes[classes.length - 1])?.colour ?? ZERO;
}

/**
 * Morocco's 12 regions coloured by one measure. Each region is a button named by the region and its
 * figure, reached with Tab in the order of the region codes; hover or focus shows all its figures, Enter,
 * Space or a click opens it. The shapes never mirror (it is a map); the page's table gives the same numbers.
 */
export function RegionMap({
  regions,
  label,
  selected,
  onOpen,
  format,
  zeroLabel,
  dir,
}: {
  regions: readonly MapRegion[];
  /** The map's accessible name ("Projets par région"). */
  label: string;
  selected: string | undefined;
  onOpen: (code: string) => void;
  format: (value: number) => string;
  zeroLabel: string;
  dir: 'ltr' | 'rtl';
}) {
  const [active, setActive] = useState<string | undefined>();
  const tipId = useId();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const max = Math.max(0, ...regions.map((r) => r.value ?? 0));
  const classes = colourClasses(max);
  const activeRegion = active ? byCode.get(active) : undefined;
  const activeShape = active ? REGION_SHAPES.find((s) => s.code === active) : undefined;

  const onKeyDown = (code: string) => (event: KeyboardEvent<SVGPathElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(code);
    }
  };

  return (
    <div>
      <div className="region-map" dir="ltr">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="group"
          aria-label={label}
          data-testid="region-map"
        >
          {REGION_SHAPES.map((shape) => {
            const region = byCode.get(shape.code);
            if (!region) return null;
            const classNames = ['region'];
            if (active === shape.code) classNames.push('active');
            if (selected === shape.code) classNames.push('selected');
            return (
              <path
                key={shape.code}
                d={shape.d}
                className={classNames.join(' ')}
                fill={colourOf(region.value, classes)}
                role="button"
                tabIndex={0}
                aria-label={region.accessibleName}
                aria-pressed={selected === shape.code}
                aria-describedby={active === shape.code ? tipId : undefined}
                data-region={shape.code}
                onClick={() => onOpen(shape.code)}
                onKeyDown={onKeyDown(shape.code)}
                onFocus={() => setActive(shape.code)}
                onBlur={() => setActive((a) => (a === shape.code ? undefined : a))}
                onMouseEnter={() => setActive(shape.code)}
                onMouseLeave={() => setActive((a) => (a === shape.code ? undefined : a))}
              />
            );
          })}
        </svg>
        {activeRegion && activeShape && (
          <div
            id={tipId}
            role="tooltip"
            className={activeShape.x < MAP_WIDTH / 2 ? 'region-tip after' : 'region-tip before'}
            dir={dir}
            data-testid="region-tip"
            style={{
              left: `${(activeShape.x / MAP_WIDTH) * 100}%`,
              top: `${(activeShape.y / MAP_HEIGHT) * 100}%`,
            }}
          >
            <Text fw={700} size="sm">
              {activeRegion.name}
            </Text>
            {activeRegion.details.map((d) => (
              <Group key={d.label} justify="space-between" gap="md" wrap="nowrap">
                <Text size="sm">{d.label}</Text>
                <Text size="sm" fw={600} className="tabular">
                  {d.value}
                </Text>
              </Group>
            ))}
          </div>
        )}
      </div>
      <div className="map-legend" aria-hidden>
        <span>
          <span className="swatch" style={{ background: ZERO }} />
          {zeroLabel}
        </span>
        {classes
          .filter((c, i) => i === 0 || c.from <= max)
          .map((c) => (
            <span key={c.colour}>
              <span className="swatch" style={{ background: c.colour }} />
              {c.from === c.to ? format(c.from) : `${format(c.from)}–${format(c.to)}`}
            </span>
          ))}
      </div>
    </div>
  );
}
