// The operator picks one accent colour; the storefront needs a small palette from it (tints
// for backgrounds, darker shades for hover and headings). Text and buttons use the accent on
// white, so a colour too light for that is darkened until it reads (WCAG AA, 4.5:1).

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
const mix = (a: Rgb, b: Rgb, amountOfB: number): Rgb => a.map((c, i) => c + (b[i]! - c) * amountOfB) as Rgb;
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(parse(a)), luminance(parse(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The accent itself, or the nearest darker colour that reaches `ratio` against white. */
export function readableOnWhite(hex: string, ratio = 4.5): string {
  let rgb = parse(hex.toLowerCase());
  for (let step = 0; step < 40 && contrastRatio(toHex(rgb), "#ffffff") < ratio; step++) rgb = mix(rgb, BLACK, 0.06);
  return toHex(rgb);
}

export type AccentPalette = Record<"50" | "100" | "300" | "400" | "600" | "700" | "800" | "900", string>;

/** The shades the storefront uses, named like Tailwind's (700 is the accent: buttons and links). */
export function accentPalette(accent: string): AccentPalette {
  const base = parse(readableOnWhite(accent));
  return {
    "50": toHex(mix(base, WHITE, 0.93)),
    "100": toHex(mix(base, WHITE, 0.86)),
    "300": toHex(mix(base, WHITE, 0.55)),
    "400": toHex(mix(base, WHITE, 0.4)),
    // Focus rings must stand out from white by 3:1 at least.
    "600": readableOnWhite(toHex(mix(base, WHITE, 0.12)), 3.2),
    "700": toHex(base),
    "800": toHex(mix(base, BLACK, 0.18)),
    "900": toHex(mix(base, BLACK, 0.35)),
  };
}

/** A stylesheet that gives Tailwind's indigo scale (the storefront's accent) the operator's colours. */
export function accentStylesheet(accent: string): string {
  const palette = accentPalette(accent);
  const vars = Object.entries(palette).map(([shade, hex]) => `--color-indigo-${shade}:${hex}`);
  return `:root{${vars.join(";")}}\n`;
}
